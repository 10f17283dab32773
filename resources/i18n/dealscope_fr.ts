<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Explore AI partnership contracts: clauses, scenarios, key figures and briefs.</source>
        <translation>Explorer les contrats de partenariat en IA&#xa0;: clauses, scénarios, chiffres clés et notes de synthèse.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dealscope</source>
        <translation>À propos de Dealscope</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>arborescence</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>onglets</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>champ de texte</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>curseur</translation>
    </message>
    <message>
        <source>control</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>{panel} {role}</source>
        <translation>{role} {panel}</translation>
    </message>
</context>
<context>
    <name>AgiChart</name>
    <message>
        <source>annual profit</source>
        <translation>bénéfice annuel</translation>
    </message>
    <message>
        <source>trailing 12-month profit</source>
        <translation>bénéfice sur 12 mois glissants</translation>
    </message>
    <message>
        <source>cumulative profit</source>
        <translation>bénéfice cumulé</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>No AGI clause in this contract</source>
        <translation>Pas de clause AGI dans ce contrat</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>Seuil {value}</translation>
    </message>
    <message>
        <source>Measure: {measure}</source>
        <translation>Mesure&#xa0;: {measure}</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;Sensitivity (Tornado)</source>
        <translation>&amp;Sensibilité (tornade)</translation>
    </message>
    <message>
        <source>Run &amp;Monte Carlo</source>
        <translation>Lancer &amp;Monte-Carlo</translation>
    </message>
    <message>
        <source>&amp;Cancel Monte Carlo</source>
        <translation>A&amp;nnuler Monte-Carlo</translation>
    </message>
    <message>
        <source>&amp;Goal Seek</source>
        <translation>Recherche de &amp;valeur cible</translation>
    </message>
</context>
<context>
    <name>AnalysisSession</name>
    <message>
        <source>Running {draws} draws…</source>
        <translation>Calcul de {draws}&#xa0;tirages…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Dropped: the scenario changed during the run.</source>
        <translation>Abandonné&#xa0;: le scénario a changé pendant le calcul.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>{draws} draws in {seconds} s.</source>
        <translation>{draws}&#xa0;tirages en {seconds}&#xa0;s.</translation>
    </message>
    <message>
        <source>The brief keeps its own run ({draws} draws, seed {seed}).</source>
        <translation>La note de synthèse garde son propre calcul ({draws}&#xa0;tirages, graine {seed}).</translation>
    </message>
    <message>
        <source>Goal seek: {label}</source>
        <translation>Valeur cible&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Goal seek</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>Goal seek: ×{factor}</source>
        <translation>Valeur cible&#xa0;: ×{factor}</translation>
    </message>
    <message>
        <source>Analysis failed: {error}</source>
        <translation>L’analyse a échoué&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>Goal Seek</source>
        <translation>Valeur cible</translation>
    </message>
</context>
<context>
    <name>AssumptionModel</name>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Double-click to set the uncertainty for Monte Carlo and the tornado.</source>
        <translation>Double-cliquez pour définir l’incertitude utilisée par Monte-Carlo et la tornade.</translation>
    </message>
    <message>
        <source>Refused: {problem}</source>
        <translation>Refusé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{description}
Allowed: {allowed}</source>
        <translation>{description}
Valeurs admises&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>Not used: growth applies from the second year on.</source>
        <translation>Inutilisé&#xa0;: la croissance s’applique à partir de la deuxième année.</translation>
    </message>
    <message>
        <source>Default: {default} (Delete resets this cell)</source>
        <translation>Par défaut&#xa0;: {default} (Suppr rétablit cette cellule)</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Edit assumption</source>
        <translation>Modifier l’hypothèse</translation>
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Reset Whole Row</source>
        <translation>Rétablir toute la ligne</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copier les cellules sélectionnées en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Paste a range copied from a spreadsheet at the current cell</source>
        <translation>Coller à la cellule courante une plage copiée depuis un tableur</translation>
    </message>
    <message>
        <source>Set the selected cells back to the app default</source>
        <translation>Rétablir les cellules sélectionnées à la valeur par défaut de l’application</translation>
    </message>
    <message>
        <source>Remove this scenario&apos;s values for the selected rows</source>
        <translation>Retirer les valeurs de ce scénario pour les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Set Uncertainty…</source>
        <translation>Définir l’incertitude…</translation>
    </message>
    <message>
        <source>Give the current row&apos;s assumption a distribution for Monte Carlo and the tornado</source>
        <translation>Donner à l’hypothèse de la ligne courante une distribution pour Monte-Carlo et la tornade</translation>
    </message>
    <message>
        <source>Paste {texts} cells</source>
        <translation>Coller {texts}&#xa0;cellules</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>{value}. Unsaved work is now autosaved to {folder}.</source>
        <translation>{value}. Le travail non enregistré est désormais sauvegardé automatiquement dans {folder}.</translation>
    </message>
    <message>
        <source>{value}. No other folder could take it either: save your work.</source>
        <translation>{value}. Aucun autre dossier ne peut l’accueillir non plus&#xa0;: enregistrez votre travail.</translation>
    </message>
</context>
<context>
    <name>BacktestDock</name>
    <message>
        <source>Backtest</source>
        <translation>Contrôle a posteriori</translation>
    </message>
    <message>
        <source>Show or hide the {title} panel: the model against reported figures</source>
        <translation>Afficher ou masquer le panneau {title}&#xa0;: le modèle face aux chiffres publiés</translation>
    </message>
</context>
<context>
    <name>BacktestView</name>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>The contract&apos;s actuals cannot be read: {exc}</source>
        <translation>Les chiffres réels du contrat sont illisibles&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>No reported figures are bundled for {lab} and {partner}.</source>
        <translation>Aucun chiffre publié n’est fourni pour {lab} et {partner}.</translation>
    </message>
    <message numerus="yes">
        <source>Scenario {scenario} against %n reported figure(s) ({compared} comparable with this horizon and frequency). </source>
        <translation>
            <numerusform>Scénario {scenario} face à %n&#xa0;chiffre publié ({compared} comparable(s) avec cet horizon et cette fréquence). </numerusform>
            <numerusform>Scénario {scenario} face à %n&#xa0;chiffres publiés ({compared} comparable(s) avec cet horizon et cette fréquence). </numerusform>
        </translation>
    </message>
    <message>
        <source>None can be compared.</source>
        <translation>Aucun ne peut être comparé.</translation>
    </message>
    <message>
        <source>Median |ln(model / reported)|: {median}</source>
        <translation>Médiane de |ln(modèle / publié)|&#xa0;: {median}</translation>
    </message>
    <message>
        <source>; furthest off: {label} {periods}, ratio {ratio}.</source>
        <translation>&#xa0;; le plus éloigné&#xa0;: {label} {periods}, rapport {ratio}.</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
</context>
<context>
    <name>BriefExporter</name>
    <message>
        <source>Could not export {path}: {reason}</source>
        <translation>Impossible d’exporter {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Exporting the brief</source>
        <translation>Export de la note de synthèse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop exporting the brief; nothing is written</source>
        <translation>Arrêter l’export de la note&#xa0;; rien n’est écrit</translation>
    </message>
    <message>
        <source>Exporting the brief to {name}…</source>
        <translation>Export de la note de synthèse vers {name}…</translation>
    </message>
    <message>
        <source>Cancelling the brief export…</source>
        <translation>Annulation de l’export de la note…</translation>
    </message>
    <message>
        <source>Exported the brief to {path}</source>
        <translation>Note de synthèse exportée vers {path}</translation>
    </message>
    <message>
        <source>(no PDF viewer found to open it)</source>
        <translation>(aucun lecteur PDF trouvé pour l’ouvrir)</translation>
    </message>
    <message>
        <source>Brief export cancelled; nothing written</source>
        <translation>Export de la note annulé&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>The brief was not exported</source>
        <translation>La note de synthèse n’a pas été exportée</translation>
    </message>
    <message>
        <source>Could not export the brief</source>
        <translation>Impossible d’exporter la note de synthèse</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>AGI measure against threshold</source>
        <translation>Mesure AGI face au seuil</translation>
    </message>
    <message>
        <source>$B</source>
        <translation>Md$</translation>
    </message>
    <message>
        <source>Click to explain</source>
        <translation>Cliquez pour expliquer</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>Graphique {title}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Left and Right move through the periods, Up and Down through the series; each step explains the selected point</source>
        <translation>Gauche et Droite parcourent les périodes, Haut et Bas les séries&#xa0;; chaque pas explique le point choisi</translation>
    </message>
    <message>
        <source>Compute by source</source>
        <translation>Calcul par source</translation>
    </message>
    <message>
        <source>Revenue, profit and payments per year</source>
        <translation>Chiffre d’affaires, bénéfice et paiements par an</translation>
    </message>
    <message>
        <source>Cumulative payments against caps</source>
        <translation>Paiements cumulés face aux plafonds</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Exported {count} charts to {folder}</source>
        <translation>{count}&#xa0;graphiques exportés dans {folder}</translation>
    </message>
    <message>
        <source>Exported {written} of {total} charts: {failure}</source>
        <translation>{written}&#xa0;graphiques exportés sur {total}&#xa0;: {failure}</translation>
    </message>
    <message>
        <source>could not draw {name}: {reason}</source>
        <translation>impossible de dessiner {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>could not draw {name}: the drawing is empty</source>
        <translation>impossible de dessiner {name}&#xa0;: le dessin est vide</translation>
    </message>
    <message>
        <source>Could not save {path}: {size} of {total} bytes written</source>
        <translation>Impossible d’enregistrer {path}&#xa0;: {size}&#xa0;octets écrits sur {total}</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <source>Rate (%)</source>
        <translation>Taux (%)</translation>
    </message>
    <message>
        <source>Until total ($B)</source>
        <translation>Jusqu’au total (Md$)</translation>
    </message>
    <message>
        <source>For this scenario</source>
        <translation>Pour ce scénario</translation>
    </message>
    <message>
        <source>Contract variant (all scenarios)</source>
        <translation>Variante du contrat (tous les scénarios)</translation>
    </message>
    <message>
        <source>Set the current scenario&apos;s deal terms</source>
        <translation>Fixer les termes du contrat pour le scénario courant</translation>
    </message>
    <message>
        <source>Edit the workspace&apos;s own copy of the contract, for every scenario</source>
        <translation>Modifier la copie du contrat propre à l’espace de travail, pour tous les scénarios</translation>
    </message>
    <message>
        <source>Source ids of the contract, or URLs to add as sources</source>
        <translation>Identifiants de sources du contrat, ou URL à ajouter comme sources</translation>
    </message>
    <message>
        <source>Add Tier</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation>Retirer la tranche</translation>
    </message>
    <message>
        <source>Add Clause</source>
        <translation>Ajouter une clause</translation>
    </message>
    <message>
        <source>Remove Clause</source>
        <translation>Retirer la clause</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>{key}
Allowed: {bounds}</source>
        <translation>{key}
Valeurs admises&#xa0;: {bounds}</translation>
    </message>
    <message>
        <source>Edit {title} for {scenario}</source>
        <translation>Modifier {title} pour {scenario}</translation>
    </message>
    <message>
        <source>Edit clause {value}</source>
        <translation>Modifier la clause {value}</translation>
    </message>
    <message>
        <source>Add clause {new_id}</source>
        <translation>Ajouter la clause {new_id}</translation>
    </message>
    <message>
        <source>Remove clause {removed}</source>
        <translation>Retirer la clause {removed}</translation>
    </message>
</context>
<context>
    <name>ClauseInspector</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this clause&apos;s terms for the scenario, or the contract in a variant of its own</source>
        <translation>Modifier les termes de cette clause pour le scénario, ou le contrat dans une variante propre</translation>
    </message>
</context>
<context>
    <name>ClauseText</name>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Click a clause or an event on the timeline, or a clause named in an explanation, to see it here.</source>
        <translation>Cliquez sur une clause ou un événement de la frise, ou sur une clause citée dans une explication, pour l’afficher ici.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Not in force within the horizon</source>
        <translation>Pas en vigueur sur l’horizon</translation>
    </message>
    <message>
        <source>In force throughout the horizon</source>
        <translation>En vigueur sur tout l’horizon</translation>
    </message>
    <message>
        <source>In force {first}–{last}</source>
        <translation>En vigueur de {first} à {last}</translation>
    </message>
    <message>
        <source>({first}–{last}) under this scenario.</source>
        <translation>({first}–{last}) dans ce scénario.</translation>
    </message>
    <message>
        <source>Ended by the AGI clause from {period}.</source>
        <translation>Fin par la clause AGI à partir de {period}.</translation>
    </message>
    <message>
        <source>No key figure; shown for context.</source>
        <translation>Aucun chiffre clé&#xa0;; affichée pour le contexte.</translation>
    </message>
    <message>
        <source>None cited.</source>
        <translation>Aucune citée.</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Influe sur</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Inputs that differ between</source>
        <translation>Entrées qui diffèrent entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Δ {name} vs {base}</source>
        <translation>Δ {name} vs {base}</translation>
    </message>
    <message>
        <source>Assumption or term</source>
        <translation>Hypothèse ou terme</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Deal term: {term}</source>
        <translation>Terme du contrat&#xa0;: {term}</translation>
    </message>
    <message>
        <source>The two scenarios have the same inputs</source>
        <translation>Les deux scénarios ont les mêmes entrées</translation>
    </message>
</context>
<context>
    <name>ComputeChart</name>
    <message>
        <source>Other clouds</source>
        <translation>Autres clouds</translation>
    </message>
    <message>
        <source>Partner cloud</source>
        <translation>Cloud du partenaire</translation>
    </message>
    <message>
        <source>Own capacity</source>
        <translation>Capacité propre</translation>
    </message>
    <message>
        <source>API shortfall</source>
        <translation>Déficit d’API</translation>
    </message>
    <message>
        <source>API shortfall (none)</source>
        <translation>Déficit d’API (aucun)</translation>
    </message>
</context>
<context>
    <name>ContractDocks</name>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Clause Inspector</source>
        <translation>Inspecteur de clause</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation>&amp;Contrat</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>A&amp;juster la frise</translation>
    </message>
    <message>
        <source>Show the whole contract on the timeline</source>
        <translation>Afficher tout le contrat sur la frise</translation>
    </message>
</context>
<context>
    <name>ContractExport</name>
    <message>
        <source>Dealscope contract (*.yaml)</source>
        <translation>Contrat Dealscope (*.yaml)</translation>
    </message>
    <message>
        <source>Export C&amp;ontract…</source>
        <translation>Exporter le c&amp;ontrat…</translation>
    </message>
    <message>
        <source>Write the contract, with its edits, as a contract YAML file ({SHORTCUT})</source>
        <translation>Écrire le contrat, avec ses modifications, dans un fichier de contrat YAML ({SHORTCUT})</translation>
    </message>
    <message>
        <source>Could not export the contract</source>
        <translation>Impossible d’exporter le contrat</translation>
    </message>
    <message>
        <source>Exported the contract to {path}</source>
        <translation>Contrat exporté vers {path}</translation>
    </message>
    <message>
        <source>Export Contract</source>
        <translation>Exporter le contrat</translation>
    </message>
</context>
<context>
    <name>ContractVersions</name>
    <message>
        <source>{version} (opened file)</source>
        <translation>{version} (fichier ouvert)</translation>
    </message>
    <message>
        <source>Switch to the {version}</source>
        <translation>Passer à la {version}</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Show or hide the {title} panel ({shortcut})</source>
        <translation>Afficher ou masquer le panneau {title} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>ExcelFiles</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Exporter vers E&amp;xcel…</translation>
    </message>
    <message>
        <source>Write assumptions, key figures, periods and sources to an Excel workbook</source>
        <translation>Écrire hypothèses, chiffres clés, périodes et sources dans un classeur Excel</translation>
    </message>
    <message>
        <source>&amp;Import Assumptions…</source>
        <translation>&amp;Importer les hypothèses…</translation>
    </message>
    <message>
        <source>Read the Assumptions sheet of an Excel workbook into the scenarios (undoable)</source>
        <translation>Lire la feuille Hypothèses d’un classeur Excel dans les scénarios (annulable)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>Import Assumptions</source>
        <translation>Importer les hypothèses</translation>
    </message>
    <message>
        <source>Import assumptions from {name}</source>
        <translation>Importer les hypothèses de {name}</translation>
    </message>
    <message>
        <source>Imported the assumptions of {name}</source>
        <translation>Hypothèses de {name} importées</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>ExportBriefDialog</name>
    <message>
        <source>The partner: what the deal is worth to it</source>
        <translation>Le partenaire&#xa0;: ce que l’accord lui rapporte</translation>
    </message>
    <message>
        <source>The lab: what the deal costs it</source>
        <translation>Le laboratoire&#xa0;: ce que l’accord lui coûte</translation>
    </message>
    <message>
        <source>Neutral: what the deal moves between them</source>
        <translation>Neutre&#xa0;: ce que l’accord fait passer de l’un à l’autre</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <source>e.g. the board (optional)</source>
        <translation>p. ex. le conseil d’administration (facultatif)</translation>
    </message>
    <message>
        <source>Printed on the cover and in every footer: “Confidential · Prepared for …”</source>
        <translation>Imprimé sur la couverture et dans chaque pied de page&#xa0;: «&#xa0;Confidentiel · Préparé pour…&#xa0;»</translation>
    </message>
    <message>
        <source>your name (optional)</source>
        <translation>votre nom (facultatif)</translation>
    </message>
    <message>
        <source>The PDF&apos;s author in its properties; remembered</source>
        <translation>L’auteur du PDF dans ses propriétés&#xa0;; mémorisé</translation>
    </message>
    <message>
        <source>Open the PDF when done</source>
        <translation>Ouvrir le PDF à la fin</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>&amp;Scenarios:</source>
        <translation>&amp;Scénarios&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Lecteur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ections:</source>
        <translation>S&amp;ections&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prepared for:</source>
        <translation>&amp;Préparé pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Analyste&#xa0;:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Choose at least one scenario</source>
        <translation>Choisissez au moins un scénario</translation>
    </message>
</context>
<context>
    <name>FanChart</name>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>Scenario as set</source>
        <translation>Scénario tel que défini</translation>
    </message>
</context>
<context>
    <name>FanCharts</name>
    <message>
        <source>&lt;span style=&quot;color:{band}&quot;&gt;██&lt;/span&gt; P10–P90 of the draws &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:{median}&quot;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; P50 (median) &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:{scenario}&quot;&gt;╌╌&lt;/span&gt; the scenario as set</source>
        <translation>&lt;span style=&quot;color:{band}&quot;&gt;██&lt;/span&gt; P10–P90 des tirages &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:{median}&quot;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; P50 (médiane) &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:{scenario}&quot;&gt;╌╌&lt;/span&gt; le scénario tel que défini</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Click to explain</source>
        <translation>Cliquez pour expliquer</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>Workspaces and contracts (*.json *.yaml *.yml);;All files (*)</source>
        <translation>Espaces de travail et contrats (*.json *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Dealscope workspace (*.json)</source>
        <translation>Espace de travail Dealscope (*.json)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} could not be opened; nothing was changed.</source>
        <translation>Impossible d’ouvrir {name}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>New deal: {title}</source>
        <translation>Nouvel accord&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>{name} could not be reloaded.</source>
        <translation>Impossible de recharger {name}.</translation>
    </message>
    <message>
        <source>Could not export charts</source>
        <translation>Impossible d’exporter les graphiques</translation>
    </message>
    <message>
        <source>Could not export every chart</source>
        <translation>Impossible d’exporter tous les graphiques</translation>
    </message>
    <message>
        <source>New workspace on {id}</source>
        <translation>Nouvel espace de travail sur {id}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Discard all unsaved changes and reload the file?</source>
        <translation>Abandonner toutes les modifications non enregistrées et recharger le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
</context>
<context>
    <name>GoalSeekPanel</name>
    <message>
        <source>Finds the setting of one assumption at which a key figure reaches the target: a value for a single number, a factor on every year for a path. Or of one deal term (a cap, a rate, a threshold), in every version of the deal that has the clause. It searches within the allowed range and picks the answer nearest to the current setting.</source>
        <translation>Trouve le réglage d’une hypothèse pour lequel un chiffre clé atteint la cible&#xa0;: une valeur pour un nombre seul, un facteur sur chaque année pour une trajectoire. Ou d’un terme du contrat (un plafond, un taux, un seuil), dans chaque version de l’accord qui a la clause. La recherche reste dans la plage admise et retient la réponse la plus proche du réglage actuel.</translation>
    </message>
    <message>
        <source>an assumption</source>
        <translation>une hypothèse</translation>
    </message>
    <message>
        <source>a deal term</source>
        <translation>un terme du contrat</translation>
    </message>
    <message>
        <source>Solve for an assumption of the scenario or a term of the deal</source>
        <translation>Résoudre sur une hypothèse du scénario ou un terme de l’accord</translation>
    </message>
    <message>
        <source>The deal&apos;s numeric terms, at the scenario&apos;s values; Apply sets the scenario&apos;s term</source>
        <translation>Les termes chiffrés de l’accord, aux valeurs du scénario&#xa0;; Appliquer fixe le terme du scénario</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Set the assumption or the scenario&apos;s deal term to the answer (one undoable edit)</source>
        <translation>Fixer l’hypothèse ou le terme du scénario à la réponse (une modification annulable)</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>By changing</source>
        <translation>En modifiant</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>This deal has no numeric term to solve for.</source>
        <translation>Cet accord n’a aucun terme chiffré sur lequel résoudre.</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Résolution…</translation>
    </message>
    <message>
        <source>Applied; Undo reverts it.</source>
        <translation>Appliqué&#xa0;; Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>now {figure}</source>
        <translation>actuellement {figure}</translation>
    </message>
    <message>
        <source>its value in every version that has the clause</source>
        <translation>sa valeur dans chaque version qui a la clause</translation>
    </message>
    <message>
        <source>a factor on its whole path</source>
        <translation>un facteur sur toute sa trajectoire</translation>
    </message>
    <message>
        <source>its value</source>
        <translation>sa valeur</translation>
    </message>
    <message>
        <source>No answer: the scenario changed while solving. Solve again.</source>
        <translation>Pas de réponse&#xa0;: le scénario a changé pendant la résolution. Résolvez de nouveau.</translation>
    </message>
    <message>
        <source>Set &lt;b&gt;{name}&lt;/b&gt; to &lt;b&gt;{value}&lt;/b&gt; for this scenario</source>
        <translation>Fixer &lt;b&gt;{name}&lt;/b&gt; à &lt;b&gt;{value}&lt;/b&gt; pour ce scénario</translation>
    </message>
    <message>
        <source>Set &lt;b&gt;{name}&lt;/b&gt; to &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Fixer &lt;b&gt;{name}&lt;/b&gt; à &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Multiply &lt;b&gt;{name}&lt;/b&gt; in every year by &lt;b&gt;{factor}&lt;/b&gt;</source>
        <translation>Multiplier &lt;b&gt;{name}&lt;/b&gt; chaque année par &lt;b&gt;{factor}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{setting}: {figure} becomes {reached}.</source>
        <translation>{setting}&#xa0;: {figure} devient {reached}.</translation>
    </message>
    <message>
        <source>No solution within bounds.</source>
        <translation>Aucune solution dans les bornes.</translation>
    </message>
    <message>
        <source>Over the allowed {name} ({lower} to {upper}), {figure} ranges from {low} to {high}.</source>
        <translation>Sur la plage admise de {name} ({lower} à {upper}), {figure} va de {low} à {high}.</translation>
    </message>
    <message>
        <source>Over the allowed {name}, {figure} ranges from {low} to {high}.</source>
        <translation>Sur la plage admise de {name}, {figure} va de {low} à {high}.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source># Dealscope user guide

The guide could not be read: {path} ({reason}).</source>
        <translation># Guide de l’utilisateur de Dealscope

Le guide est illisible&#xa0;: {path} ({reason}).</translation>
    </message>
    <message>
        <source>Dealscope User Guide</source>
        <translation>Guide de l’utilisateur de Dealscope</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>What each panel does, a walkthrough, shortcuts</source>
        <translation>Le rôle de chaque panneau, une visite guidée, les raccourcis</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>% of draws</source>
        <translation>% des tirages</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>No draw has a value</source>
        <translation>Aucun tirage n’a de valeur</translation>
    </message>
</context>
<context>
    <name>KeyFiguresView</name>
    <message>
        <source>royalties, undiscounted: </source>
        <translation>redevances, non actualisées&#xa0;: </translation>
    </message>
    <message>
        <source>NPV </source>
        <translation>VAN </translation>
    </message>
    <message>
        <source>clause effective: </source>
        <translation>effet de la clause&#xa0;: </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Use {language} from the next start</source>
        <translation>Utiliser {language} au prochain démarrage</translation>
    </message>
    <message>
        <source>Dealscope speaks this language already.</source>
        <translation>Dealscope est déjà dans cette langue.</translation>
    </message>
    <message>
        <source>Dealscope will speak French the next time it starts. Quit and open it again to switch now.</source>
        <translation>Dealscope sera en français au prochain démarrage. Quittez-le et rouvrez-le pour changer dès maintenant.</translation>
    </message>
    <message>
        <source>Dealscope will speak English the next time it starts. Quit and open it again to switch now.</source>
        <translation>Dealscope sera en anglais au prochain démarrage. Quittez-le et rouvrez-le pour changer dès maintenant.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Key Figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Loading workspace…</source>
        <translation>Chargement de l’espace de travail…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>No explanation for this figure</source>
        <translation>Pas d’explication pour ce chiffre</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>{name}[*] — Dealscope</source>
        <translation>{name}[*] — Dealscope</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this workspace first?</source>
        <translation>Enregistrer d’abord les modifications de cet espace de travail&#xa0;?</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Sauvegarde automatique</translation>
    </message>
</context>
<context>
    <name>MonteCarloPanel</name>
    <message>
        <source>Set uncertainties in the Uncertainty column of the Assumptions grid.</source>
        <translation>Définissez les incertitudes dans la colonne Incertitude de la grille des hypothèses.</translation>
    </message>
    <message>
        <source>The same seed, draws and scenario give the same result</source>
        <translation>La même graine, le même nombre de tirages et le même scénario donnent le même résultat</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Include in brief</source>
        <translation>Inclure dans la note</translation>
    </message>
    <message>
        <source>Store the draws and seed with the scenario; the brief repeats the run exactly</source>
        <translation>Conserver tirages et graine avec le scénario&#xa0;; la note refait exactement le même calcul</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Tirages</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Shown: the last run, of {scenario}.</source>
        <translation>Affiché&#xa0;: le dernier calcul, sur {scenario}.</translation>
    </message>
    <message>
        <source>Out of date: the scenario changed since this run.</source>
        <translation>Périmé&#xa0;: le scénario a changé depuis ce calcul.</translation>
    </message>
    <message>
        <source>No assumption of {scenario} is uncertain yet.</source>
        <translation>Aucune hypothèse de {scenario} n’est encore incertaine.</translation>
    </message>
    <message>
        <source>Sampled in {scenario}: {parts}.</source>
        <translation>Tiré au sort dans {scenario}&#xa0;: {parts}.</translation>
    </message>
</context>
<context>
    <name>MonteCarloResults</name>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Sans valeur</translation>
    </message>
    <message>
        <source>Fan charts</source>
        <translation>Éventails</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Select a key figure to see its distribution</source>
        <translation>Choisissez un chiffre clé pour voir sa distribution</translation>
    </message>
    <message>
        <source>{lab} revenue per quarter</source>
        <translation>Chiffre d’affaires de {lab} par trimestre</translation>
    </message>
    <message>
        <source>{lab} revenue per year</source>
        <translation>Chiffre d’affaires de {lab} par an</translation>
    </message>
    <message>
        <source>{lab} cumulative profit</source>
        <translation>Bénéfice cumulé de {lab}</translation>
    </message>
    <message>
        <source>Paid to {partner}, cumulative</source>
        <translation>Versé à {partner}, en cumul</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <source>Empty contract (no clauses)</source>
        <translation>Contrat vide (sans clause)</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partner&apos;s cloud</source>
        <translation>Cloud du partenaire</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <source>e.g. {value}</source>
        <translation>p. ex. {value}</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>Copie de {title}</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>A copy keeps the clauses and their sources but marks every clause “assumed” until you source it for this deal.</source>
        <translation>Une copie garde les clauses et leurs sources mais marque chaque clause «&#xa0;supposée&#xa0;» jusqu’à ce que vous la sourciez pour cet accord.</translation>
    </message>
    <message>
        <source>{label}: found {found}; allowed: {allowed}</source>
        <translation>{label}&#xa0;: trouvé {found}&#xa0;; admis&#xa0;: {allowed}</translation>
    </message>
</context>
<context>
    <name>PaymentsChart</name>
    <message>
        <source>Revenue share</source>
        <translation>Partage du chiffre d’affaires</translation>
    </message>
    <message>
        <source>Profit share</source>
        <translation>Partage des bénéfices</translation>
    </message>
    <message>
        <source>Revenue share paid</source>
        <translation>Part du CA versée</translation>
    </message>
    <message>
        <source>Profit share paid</source>
        <translation>Part des bénéfices versée</translation>
    </message>
    <message>
        <source>Cumulative payments to {partner} against caps</source>
        <translation>Paiements cumulés à {partner} et plafonds</translation>
    </message>
    <message>
        <source>Revenue-share cap</source>
        <translation>Plafond du partage du CA</translation>
    </message>
    <message>
        <source>Profit-share cap</source>
        <translation>Plafond du partage des bénéfices</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>AGI clause effective, by year end</source>
        <translation>Clause AGI en vigueur, en fin d’année</translation>
    </message>
    <message>
        <source>% of draws</source>
        <translation>% des tirages</translation>
    </message>
    <message>
        <source>Effective by year end</source>
        <translation>En vigueur en fin d’année</translation>
    </message>
    <message>
        <source>No AGI clause in this contract</source>
        <translation>Pas de clause AGI dans ce contrat</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The autosave copy {file} could not be recovered; it is kept.</source>
        <translation>La copie de sauvegarde automatique {file} n’a pas pu être récupérée&#xa0;; elle est conservée.</translation>
    </message>
    <message>
        <source>an untitled workspace</source>
        <translation>un espace de travail sans titre</translation>
    </message>
    <message>
        <source> ({number} of {count})</source>
        <translation> ({number} sur {count})</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Dealscope did not close normally{which}. Unsaved work on {name} was autosaved {value}.</source>
        <translation>Dealscope ne s’est pas fermé normalement{which}. Le travail non enregistré sur {name} a été sauvegardé automatiquement {value}.</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>plus tôt</translation>
    </message>
    <message>
        <source>Open it here, save it to a file, keep it for the next start, or delete it.</source>
        <translation>Ouvrez-le ici, enregistrez-le dans un fichier, gardez-le pour le prochain démarrage ou supprimez-le.</translation>
    </message>
    <message>
        <source>Another copy is open here already: save this one to a file, keep it for the next start, or delete it.</source>
        <translation>Une autre copie est déjà ouverte ici&#xa0;: enregistrez celle-ci dans un fichier, gardez-la pour le prochain démarrage ou supprimez-la.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation>Garder pour plus tard</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Paid to partner</source>
        <translation>Versé au partenaire</translation>
    </message>
    <message>
        <source>Received from partner</source>
        <translation>Reçu du partenaire</translation>
    </message>
    <message>
        <source>{lab} revenue</source>
        <translation>Chiffre d’affaires de {lab}</translation>
    </message>
    <message>
        <source>{lab} profit</source>
        <translation>Bénéfice de {lab}</translation>
    </message>
    <message>
        <source>Paid to {partner}</source>
        <translation>Versé à {partner}</translation>
    </message>
    <message>
        <source>Received from {partner}</source>
        <translation>Reçu de {partner}</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>{name} was changed by another program or window since you opened it.</source>
        <translation>{name} a été modifié par un autre programme ou une autre fenêtre depuis son ouverture.</translation>
    </message>
    <message>
        <source>Overwrite it with your version, save yours under another name, or reload it and lose your unsaved changes?</source>
        <translation>L’écraser avec votre version, enregistrer la vôtre sous un autre nom, ou le recharger et perdre vos modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Notes on this scenario: sources, reasoning…</source>
        <translation>Notes sur ce scénario&#xa0;: sources, raisonnement…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add a scenario on the app defaults</source>
        <translation>Ajouter un scénario aux valeurs par défaut de l’application</translation>
    </message>
    <message>
        <source>Copy the current scenario</source>
        <translation>Copier le scénario courant</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Renommer le scénario courant</translation>
    </message>
    <message>
        <source>Delete the current scenario (undo brings it back)</source>
        <translation>Supprimer le scénario courant (Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Move the current scenario up the list</source>
        <translation>Monter le scénario courant dans la liste</translation>
    </message>
    <message>
        <source>Move the current scenario down the list</source>
        <translation>Descendre le scénario courant dans la liste</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>At low setting</source>
        <translation>Au réglage bas</translation>
    </message>
    <message>
        <source>At high setting</source>
        <translation>Au réglage haut</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{low}&quot;&gt;██&lt;/span&gt; at the low setting &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:{high}&quot;&gt;██&lt;/span&gt; at the high setting</source>
        <translation>&lt;span style=&quot;color:{low}&quot;&gt;██&lt;/span&gt; au réglage bas &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:{high}&quot;&gt;██&lt;/span&gt; au réglage haut</translation>
    </message>
    <message>
        <source>The key figure whose swings the tornado shows</source>
        <translation>Le chiffre clé dont la tornade montre les écarts</translation>
    </message>
    <message>
        <source>Include deal terms</source>
        <translation>Inclure les termes du contrat</translation>
    </message>
    <message>
        <source>Add a bar per numeric term of the deal (a cap, a rate, a threshold) at 0.8 and 1.2 times its value, in every version that has the clause</source>
        <translation>Ajouter une barre par terme chiffré de l’accord (un plafond, un taux, un seuil) à 0,8 et 1,2&#xa0;fois sa valeur, dans chaque version qui a la clause</translation>
    </message>
    <message>
        <source>Include in brief</source>
        <translation>Inclure dans la note</translation>
    </message>
    <message>
        <source>Store this figure with the scenario; the brief repeats it</source>
        <translation>Conserver ce chiffre avec le scénario&#xa0;; la note le reprend</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Edit assumption</source>
        <translation>Modifier l’hypothèse</translation>
    </message>
    <message>
        <source>Edit deal term</source>
        <translation>Modifier un terme du contrat</translation>
    </message>
    <message>
        <source>Reset deal term</source>
        <translation>Rétablir un terme du contrat</translation>
    </message>
    <message>
        <source>Change projection settings</source>
        <translation>Modifier les paramètres de projection</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Duplicate {name}</source>
        <translation>Dupliquer {name}</translation>
    </message>
    <message>
        <source>Cannot rename &apos;{old}&apos;: the name &apos;{new}&apos; is already used</source>
        <translation>Impossible de renommer «&#xa0;{old}&#xa0;»&#xa0;: le nom «&#xa0;{new}&#xa0;» est déjà pris</translation>
    </message>
    <message>
        <source>Cannot rename &apos;{old}&apos;: the name is empty</source>
        <translation>Impossible de renommer «&#xa0;{old}&#xa0;»&#xa0;: le nom est vide</translation>
    </message>
    <message>
        <source>a name has at most {limit} characters, this one has {length}</source>
        <translation>un nom a au plus {limit}&#xa0;caractères, celui-ci en a {length}</translation>
    </message>
    <message>
        <source>Cannot rename &apos;{old}&apos;: {reason}</source>
        <translation>Impossible de renommer «&#xa0;{old}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>Renommer {old} en {new}</translation>
    </message>
    <message>
        <source>A workspace keeps at least one scenario</source>
        <translation>Un espace de travail garde au moins un scénario</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Déplacer {name}</translation>
    </message>
    <message>
        <source>Edit notes of {name}</source>
        <translation>Modifier les notes de {name}</translation>
    </message>
    <message>
        <source>Remove uncertainty of {name}</source>
        <translation>Retirer l’incertitude de {name}</translation>
    </message>
    <message>
        <source>Set uncertainty of {name}</source>
        <translation>Définir l’incertitude de {name}</translation>
    </message>
    <message>
        <source>Leave Monte Carlo out of the brief</source>
        <translation>Retirer Monte-Carlo de la note</translation>
    </message>
    <message>
        <source>Monte Carlo for the brief ({draws} draws, seed {seed})</source>
        <translation>Monte-Carlo pour la note ({draws}&#xa0;tirages, graine {seed})</translation>
    </message>
    <message>
        <source>Tornado in the brief</source>
        <translation>Tornade dans la note</translation>
    </message>
    <message>
        <source>Leave the tornado out of the brief</source>
        <translation>Retirer la tornade de la note</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>As dated (each period under the version in force)</source>
        <translation>Selon les dates (chaque période sous la version en vigueur)</translation>
    </message>
    <message>
        <source>Selected version only, whole horizon</source>
        <translation>Version choisie seule, sur tout l’horizon</translation>
    </message>
    <message>
        <source>Projection Settings</source>
        <translation>Paramètres de projection</translation>
    </message>
    <message>
        <source>As dated: each period under the contract version in force then, payments and the AGI determination carried across versions.
Selected version: the chosen contract over the whole horizon.</source>
        <translation>Selon les dates&#xa0;: chaque période sous la version du contrat alors en vigueur, paiements et constat AGI reportés d’une version à l’autre.
Version choisie&#xa0;: le contrat choisi sur tout l’horizon.</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Contract versions</source>
        <translation>Versions du contrat</translation>
    </message>
</context>
<context>
    <name>TermFields</name>
    <message>
        <source>an ISO date (YYYY-MM-DD), or empty for open</source>
        <translation>une date ISO (AAAA-MM-JJ), ou vide pour sans fin</translation>
    </message>
    <message>
        <source>an ISO date (YYYY-MM-DD)</source>
        <translation>une date ISO (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{lower} to {upper} %</source>
        <translation>{lower} à {upper}&#xa0;%</translation>
    </message>
    <message>
        <source>a whole number of quarters from {lower} to {upper}</source>
        <translation>un nombre entier de trimestres de {lower} à {upper}</translation>
    </message>
    <message>
        <source>{lower} to {upper} $B</source>
        <translation>{lower} à {upper}&#xa0;Md$</translation>
    </message>
    <message>
        <source>, or empty for none</source>
        <translation>, ou vide pour aucun</translation>
    </message>
    <message>
        <source>{term} needs a value: allowed {bounds}</source>
        <translation>{term} doit avoir une valeur&#xa0;; valeurs admises&#xa0;: {bounds}</translation>
    </message>
    <message>
        <source>{text} is not a date: allowed {bounds}</source>
        <translation>{text} n’est pas une date&#xa0;; valeurs admises&#xa0;: {bounds}</translation>
    </message>
    <message>
        <source>{text} is not a number: allowed {bounds}</source>
        <translation>{text} n’est pas un nombre&#xa0;; valeurs admises&#xa0;: {bounds}</translation>
    </message>
    <message>
        <source>{text} is not a whole number: allowed {bounds}</source>
        <translation>{text} n’est pas un nombre entier&#xa0;; valeurs admises&#xa0;: {bounds}</translation>
    </message>
    <message>
        <source>Scenario {scenario} sets: {terms} (the contract&apos;s own values are below)</source>
        <translation>Le scénario {scenario} fixe&#xa0;: {terms} (les valeurs propres du contrat sont ci-dessous)</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Refused: {problem}</source>
        <translation>Refusé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{key}
Allowed: {bounds}</source>
        <translation>{key}
Valeurs admises&#xa0;: {bounds}</translation>
    </message>
    <message>
        <source>Uncertain: {uncertainty}</source>
        <translation>Incertain&#xa0;: {uncertainty}</translation>
    </message>
    <message>
        <source>Contract: {contract} (Delete resets to the contract&apos;s value)</source>
        <translation>Contrat&#xa0;: {contract} (Suppr rétablit la valeur du contrat)</translation>
    </message>
    <message>
        <source>The contract&apos;s own value ({contract}); type to set this scenario&apos;s</source>
        <translation>La valeur propre du contrat ({contract})&#xa0;; tapez une valeur pour fixer celle de ce scénario</translation>
    </message>
    <message>
        <source>Set {title} {label}</source>
        <translation>Fixer {label} de {title}</translation>
    </message>
</context>
<context>
    <name>TermsTable</name>
    <message>
        <source>The contract&apos;s own values are grey; a value typed here applies to this scenario only, in every version that has the clause. Delete resets a term to the contract&apos;s value.</source>
        <translation>Les valeurs propres du contrat sont en gris&#xa0;; une valeur tapée ici ne vaut que pour ce scénario, dans chaque version qui a la clause. Suppr rétablit un terme à la valeur du contrat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deal terms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Termes du contrat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reset to Contract Value</source>
        <translation>Rétablir la valeur du contrat</translation>
    </message>
    <message>
        <source>Remove this scenario&apos;s value for the selected terms</source>
        <translation>Retirer la valeur de ce scénario pour les termes sélectionnés</translation>
    </message>
    <message>
        <source>Set Uncertainty…</source>
        <translation>Définir l’incertitude…</translation>
    </message>
    <message>
        <source>How uncertain this term is: Monte Carlo draws it in every version that has the clause, and the tornado uses its P10 and P90</source>
        <translation>Le degré d’incertitude de ce terme&#xa0;: Monte-Carlo le tire dans chaque version qui a la clause, et la tornade utilise ses P10 et P90</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Colours: {value}</source>
        <translation>Couleurs&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>TimelineAxes</name>
    <message>
        <source>Q{quarter}</source>
        <translation>T{quarter}</translation>
    </message>
</context>
<context>
    <name>TimelineBand</name>
    <message>
        <source>{label} version (shown)</source>
        <translation>Version {label} (affichée)</translation>
    </message>
    <message>
        <source>In force from {since}</source>
        <translation>En vigueur depuis le {since}</translation>
    </message>
    <message>
        <source>In force from {since} to {until}</source>
        <translation>En vigueur du {since} au {until}</translation>
    </message>
</context>
<context>
    <name>TimelineDrawing</name>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Projection horizon, {start}–{end}</source>
        <translation>Horizon de projection, {start}–{end}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Today (the system date)</source>
        <translation>Aujourd’hui (la date du système)</translation>
    </message>
    <message>
        <source>Ended by the AGI clause in this scenario</source>
        <translation>Fin par la clause AGI dans ce scénario</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>Cliquez pour les détails</translation>
    </message>
</context>
<context>
    <name>TimelineEvents</name>
    <message>
        <source>&lt;b&gt;{count} events&lt;/b&gt; · click to list them</source>
        <translation>&lt;b&gt;{count}&#xa0;événements&lt;/b&gt; · cliquez pour les lister</translation>
    </message>
</context>
<context>
    <name>TimelineFrame</name>
    <message>
        <source>Scroll to zoom, drag to pan, Shift+scroll for more lanes</source>
        <translation>Molette pour zoomer, glisser pour déplacer, Maj+molette pour plus de couloirs</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Tous les couloirs</translation>
    </message>
    <message>
        <source>Fit every lane in view (A)</source>
        <translation>Faire tenir tous les couloirs (A)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole contract (0)</source>
        <translation>Afficher tout le contrat (0)</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Open-ended</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>The clause has no end date</source>
        <translation>La clause n’a pas de date de fin</translation>
    </message>
    <message>
        <source>Ended by AGI</source>
        <translation>Fin par l’AGI</translation>
    </message>
    <message>
        <source>Ended by the AGI clause in the current scenario</source>
        <translation>Fin par la clause AGI dans le scénario courant</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>The years the projection covers</source>
        <translation>Les années que couvre la projection</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>The contract version in force, from its effective date to the next version&apos;s</source>
        <translation>La version du contrat en vigueur, de sa date d’effet à celle de la version suivante</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Supposé</translation>
    </message>
    <message>
        <source>the companies&apos; own statements</source>
        <translation>les déclarations des entreprises elles-mêmes</translation>
    </message>
    <message>
        <source>named press reporting</source>
        <translation>des articles de presse nommés</translation>
    </message>
    <message>
        <source>our reading where sources conflict or say nothing</source>
        <translation>notre lecture quand les sources divergent ou se taisent</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&lt;b&gt;{version}&lt;/b&gt; · computed for “{scenario}”</source>
        <translation>&lt;b&gt;{version}&lt;/b&gt; · calculé pour «&#xa0;{scenario}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>{name}: base {figure}</source>
        <translation>{name}&#xa0;: base {figure}</translation>
    </message>
    <message>
        <source>No assumption moves this figure.</source>
        <translation>Aucune hypothèse ne fait varier ce chiffre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:{low_colour}&quot;&gt;■&lt;/span&gt; low {low}: {figure_low}&lt;br&gt;&lt;span style=&quot;color:{high_colour}&quot;&gt;■&lt;/span&gt; high {high}: {figure_high}&lt;br&gt;swing {swing}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:{low_colour}&quot;&gt;■&lt;/span&gt; bas {low}&#xa0;: {figure_low}&lt;br&gt;&lt;span style=&quot;color:{high_colour}&quot;&gt;■&lt;/span&gt; haut {high}&#xa0;: {figure_high}&lt;br&gt;écart {swing}</translation>
    </message>
</context>
<context>
    <name>UncertaintyDialog</name>
    <message>
        <source>None (the value is certain)</source>
        <translation>Aucune (la valeur est certaine)</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Triangulaire</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Log-normal</source>
        <translation>Log-normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Le plus probable</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart-type</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Sigma (sd of the log)</source>
        <translation>Sigma (écart-type du log)</translation>
    </message>
    <message>
        <source>Uncertainty of {title}</source>
        <translation>Incertitude de {title}</translation>
    </message>
    <message>
        <source>Factor on the term (×)</source>
        <translation>Facteur sur le terme (×)</translation>
    </message>
    <message>
        <source>Shift added to the term ({unit})</source>
        <translation>Décalage ajouté au terme ({unit})</translation>
    </message>
    <message>
        <source>Factor on the whole path (×)</source>
        <translation>Facteur sur toute la trajectoire (×)</translation>
    </message>
    <message>
        <source>Shift added to every year ({unit})</source>
        <translation>Décalage ajouté à chaque année ({unit})</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Applied as</source>
        <translation>Appliquée comme</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Each Monte Carlo draw multiplies the term by a factor from this distribution, or adds a shift to it, in every version of the deal that has the clause. The tornado uses its P10 and P90.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Chaque tirage Monte-Carlo multiplie le terme par un facteur tiré de cette distribution, ou lui ajoute un décalage, dans chaque version de l’accord qui a la clause. La tornade utilise ses P10 et P90.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Each Monte Carlo draw multiplies the whole path by a factor from this distribution, or adds a shift to every year. The tornado uses its P10 and P90.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Chaque tirage Monte-Carlo multiplie toute la trajectoire par un facteur tiré de cette distribution, ou ajoute un décalage à chaque année. La tornade utilise ses P10 et P90.</translation>
    </message>
</context>
<context>
    <name>VersionCompare</name>
    <message>
        <source>From the {old} to the {new}</source>
        <translation>De la {old} à la {new}</translation>
    </message>
    <message>
        <source>No clause differs.</source>
        <translation>Aucune clause ne diffère.</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {changed} changed</source>
        <translation>{added}&#xa0;ajoutée(s), {removed}&#xa0;retirée(s), {changed}&#xa0;modifiée(s)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
</context>
<context>
    <name>VersionCompareView</name>
    <message>
        <source>Clauses changed from</source>
        <translation>Clauses modifiées depuis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Clause changes</source>
        <translation>Modifications des clauses</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <source>As dated</source>
        <translation>Selon les dates</translation>
    </message>
    <message>
        <source>As dated: each period under its version</source>
        <translation>Selon les dates&#xa0;: chaque période sous sa version</translation>
    </message>
    <message>
        <source>as dated</source>
        <translation>selon les dates</translation>
    </message>
    <message>
        <source>Δ {version} vs current</source>
        <translation>Δ {version} par rapport à l’actuelle</translation>
    </message>
    <message>
        <source>Scenario “{name}” under every version of the deal, and as dated</source>
        <translation>Scénario «&#xa0;{name}&#xa0;» sous chaque version de l’accord, et selon les dates</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New workspace on a bundled contract</source>
        <translation>Nouvel espace de travail sur un contrat fourni</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a workspace (.json) or contract (.yaml)</source>
        <translation>Ouvrir un espace de travail (.json) ou un contrat (.yaml)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the workspace to a new file</source>
        <translation>Enregistrer l’espace de travail dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard changes and reload the file</source>
        <translation>Abandonner les modifications et recharger le fichier</translation>
    </message>
    <message>
        <source>Export &amp;Brief…</source>
        <translation>Exporter la note de &amp;synthèse…</translation>
    </message>
    <message>
        <source>Export a PDF scenario brief</source>
        <translation>Exporter une note de synthèse PDF des scénarios</translation>
    </message>
    <message>
        <source>Export &amp;Charts…</source>
        <translation>Exporter les &amp;graphiques…</translation>
    </message>
    <message>
        <source>Export the four charts as PNG or SVG</source>
        <translation>Exporter les quatre graphiques en PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Dealscope</source>
        <translation>Quitter Dealscope</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Projection &amp;Settings…</source>
        <translation>&amp;Paramètres de projection…</translation>
    </message>
    <message>
        <source>Change the projection&apos;s start year, end year and periods</source>
        <translation>Modifier l’année de début, l’année de fin et les périodes de la projection</translation>
    </message>
    <message>
        <source>Dealscope &amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur de Dealscope</translation>
    </message>
    <message>
        <source>What each panel does, a first walkthrough and the shortcuts</source>
        <translation>Le rôle de chaque panneau, une première visite guidée et les raccourcis</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>À &amp;propos de Dealscope</translation>
    </message>
    <message>
        <source>Versions and credits</source>
        <translation>Versions et remerciements</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Nouvel &amp;accord…</translation>
    </message>
    <message>
        <source>A new deal: the parties&apos; names and an empty contract or a copy of a bundled one</source>
        <translation>Un nouvel accord&#xa0;: les noms des parties et un contrat vide ou la copie d’un contrat fourni</translation>
    </message>
    <message>
        <source>New From &amp;Contract</source>
        <translation>Nouveau à partir d’un &amp;contrat</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
</context>
<context>
    <name>WindowStarter</name>
    <message>
        <source>Cannot open the default workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail par défaut</translation>
    </message>
    <message>
        <source>{name} could not be opened; the default workspace is open.</source>
        <translation>Impossible d’ouvrir {name}&#xa0;; l’espace de travail par défaut est ouvert.</translation>
    </message>
</context>
</TS>
