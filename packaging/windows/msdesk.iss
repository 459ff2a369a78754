; Inno Setup 6 script: dist\msdesk-<version>-windows-x64-setup.exe from the one-folder
; bundle build\dist\msdesk (packaging\msdesk.spec). Build it with
; packaging\windows\build-windows.ps1, which passes the version:
;   ISCC /DMyAppVersion=0.1.0 /DMyAppFileVersion=0.1.0.0 packaging\windows\msdesk.iss
;
; It installs for the current user without administrator rights, into
; %LOCALAPPDATA%\Programs\msdesk; "Install for all users" needs /ALLUSERS on the
; command line (then {autopf} is Program Files and Windows asks for an administrator).

#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=<version> msdesk.iss (build-windows.ps1 does)
#endif
#ifndef MyAppFileVersion
  #define MyAppFileVersion "0.0.0.0"
#endif
#define MyAppName "msdesk"
#define MyAppPublisher "msdesk developers"
#define MyAppURL "https://github.com/msdesk/msdesk"
#define MyAppGuiExe "msdesk-gui.exe"
#define MyAppCliExe "msdesk.exe"
; Paths are relative to this script's folder.
#define RepoRoot "..\.."
#define BundleDir RepoRoot + "\build\dist\msdesk"

#if !FileExists(BundleDir + "\" + MyAppGuiExe) || !FileExists(BundleDir + "\" + MyAppCliExe) || !DirExists(BundleDir + "\_internal")
  #error build\dist\msdesk lacks msdesk-gui.exe, msdesk.exe or _internal: run build-windows.ps1
#endif

[Setup]
; The AppId ties every version together: an upgrade replaces the installed one, and
; Windows lists msdesk once under Installed apps. Never change it.
AppId={{F868540B-CF82-402E-A2C8-87921337B226}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
AppPublisherURL={#MyAppURL}
AppSupportURL={#MyAppURL}/issues
AppUpdatesURL={#MyAppURL}/releases
AppCopyright=Copyright {#MyAppPublisher}. Apache License 2.0.
VersionInfoVersion={#MyAppFileVersion}
VersionInfoProductTextVersion={#MyAppVersion}
VersionInfoDescription={#MyAppName} {#MyAppVersion} setup
; Per user, no administrator: {autopf} is %LOCALAPPDATA%\Programs then.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#MyAppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running msdesk is closed before its files are replaced.
CloseApplications=yes
RestartApplications=no
OutputDir={#RepoRoot}\dist
OutputBaseFilename=msdesk-{#MyAppVersion}-windows-x64-setup
SetupIconFile={#RepoRoot}\build\icons\msdesk.ico
UninstallDisplayIcon={app}\{#MyAppGuiExe}
UninstallDisplayName={#MyAppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous version's bundle, so no file of it is left
; behind to be loaded by the new one. _internal holds everything but the two programs,
; which are replaced. (The settings and chats live in the user's data folder.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole bundle: msdesk-gui.exe (the window), msdesk.exe (the command line) and _internal.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppGuiExe}"; Comment: "ModelScope on the desktop"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppGuiExe}"; Comment: "ModelScope on the desktop"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppGuiExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the bundle's folder gained after the install.
Type: filesandordirs; Name: "{app}\_internal"
