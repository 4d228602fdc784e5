; Inno Setup script for PeerJournal on Windows (per-user install, no admin rights needed).
; Build the one-folder app first on Windows: `pyinstaller packaging\peerjournal.spec`,
; then: `iscc packaging\windows\peerjournal.iss`. Cannot be built on Linux CI.

#define AppName "PeerJournal"
#define AppVersion "0.1.0"

[Setup]
AppId={{8C2B1F7E-3D4A-4B8E-9F21-5A7C6E0D1B42}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=PeerJournal contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=PeerJournal-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\peerjournal.exe
; The journal lives in the user's AppData and is never removed by the uninstaller.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\PeerJournal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\peerjournal.exe"; Parameters: "gui"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\peerjournal.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\peerjournal.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
