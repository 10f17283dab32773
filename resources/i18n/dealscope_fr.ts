<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {language} from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealscope speaks {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealscope will speak {language} the next time it starts. Quit and open it again to switch now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
