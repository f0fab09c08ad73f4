; Inno Setup script: a Windows installer for the folder that installer/build.py makes.
;   iscc /DAppVersion=0.1.0 installer\windows\plan-together.iss
; (installer\build.py --setup does this with the version from pyproject.toml.)
; It adds Plan Together to the Start menu, with an uninstaller. Uninstalling never removes the
; plan books in %LOCALAPPDATA%\PlanTogether.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The same AppId in every version, so a new version replaces the old one.
AppId={{0F5E8815-1F08-4AD3-BB3B-38B68AF3FFE3}
AppName=Plan Together
AppVersion={#AppVersion}
AppVerName=Plan Together {#AppVersion}
AppPublisher=Plan Together
DefaultDirName={autopf}\Plan Together
DefaultGroupName=Plan Together
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=PlanTogether-{#AppVersion}-setup
SetupIconFile=..\icons\plan-together.ico
UninstallDisplayIcon={app}\PlanTogether.exe
UninstallDisplayName=Plan Together
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\PlanTogether\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Plan Together"; Filename: "{app}\PlanTogether.exe"
Name: "{group}\{cm:UninstallProgram,Plan Together}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Plan Together"; Filename: "{app}\PlanTogether.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\PlanTogether.exe"; Description: "{cm:LaunchProgram,Plan Together}"; Flags: nowait postinstall skipifsilent
