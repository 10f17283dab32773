; Inno Setup script: the Windows installer around the PyInstaller folder dist\Dealscope.
;
;   packaging/build                      (builds the folder, then runs this when iscc exists)
;   iscc packaging\dealscope.iss         (by hand, after the folder is built)
;
; Per-user install without admin rights: %LOCALAPPDATA%\Programs\Dealscope, a Start-menu
; entry, an uninstaller (Settings > Apps), and "Open with > Dealscope" for workspace files,
; all registered under HKCU. Writes dist\installer\Dealscope-<version>-setup.exe.

#define AppName "Dealscope"
#define AppExe "Dealscope.exe"
#define BundleDir SourcePath + "..\dist\Dealscope"
#ifndef AppVersion
  ; The version the spec wrote into the executable's version resource (pyproject's version).
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error Cannot read the version from dist\Dealscope\Dealscope.exe: build the bundle first
#endif
#define ProgId "Dealscope.Workspace"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{E330CEEA-20D4-45F1-8A34-A2A5794BA590}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Dealscope
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile={#SourcePath}..\build\icons\dealscope.ico
OutputDir={#SourcePath}..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: no stale libraries from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Workspace files are JSON (*.json, named *.dealscope.json or not). Dealscope registers a
; ProgID and offers itself in "Open with" for .json, without taking over .json from the
; user's editor; they can make it the default there. All per user (HKCU), removed on uninstall.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Dealscope workspace"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
