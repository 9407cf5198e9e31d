; Instalador de Windows del Asistente AAIPS (Inno Setup 6.3 o posterior).
; Archivo en UTF-8 con BOM (así Inno Setup lee bien los acentos); CRLF.
;
; Se compila con scripts\construir.ps1 después de PyInstaller (que deja el programa en dist\aaips\):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DMyAppVersion=0.1.0 packaging\aaips.iss
; Resultado: dist\instalador\AsistenteAAIPS-<versión>-instalador.exe
;
; Decisiones:
; - Instalación por usuario, sin permisos de administrador (PrivilegesRequired=lowest): el programa va a
;   %LOCALAPPDATA%\Programs\Asistente AAIPS y el acceso directo al menú Inicio del usuario.
; - Los datos del usuario NUNCA van en la carpeta del programa: el Asistente los crea al primer inicio en
;   %LOCALAPPDATA%\asistente-aaips (base de datos, ajustes, catálogos importados, respaldos, errores.log).
;   Este instalador no crea «datos\» ni «portable.txt» (eso activaría el modo portátil).
; - Al actualizar se borra solo {app}\_internal (el programa anterior) antes de copiar el nuevo.
; - Al desinstalar se borra solo lo que se instaló: los datos del usuario se conservan, y el asistente lo dice.
; - Tesseract OCR va dentro de dist\aaips\_internal\tesseract si se construyó con -Tesseract (ver el spec).
; - AppId no cambia nunca: es lo que Windows usa para reconocer una actualización.

#ifndef MyAppVersion
  #define MyAppVersion "0.0.0"
#endif
#define MyAppName "Asistente AAIPS"
#define MyAppExe "AsistenteAAIPS.exe"

[Setup]
AppId={{108BDBB6-8C5E-417B-85A5-ACFACCB91C04}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
VersionInfoVersion={#MyAppVersion}
AppPublisher={#MyAppName}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#MyAppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#MyAppName}
UninstallDisplayIcon={app}\{#MyAppExe}
SetupIconFile=..\resources\iconos\aaips.ico
OutputDir=..\dist\instalador
OutputBaseFilename=AsistenteAAIPS-{#MyAppVersion}-instalador
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ShowLanguageDialog=no

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Messages]
WelcomeLabel2=Se instalará [name/ver] solo para su usuario de Windows (no se necesitan permisos de administrador).%n%nSus avisos, expedientes, catálogos importados y respaldos se guardan aparte, en la carpeta AppData\Local\asistente-aaips de su usuario, nunca en la carpeta del programa. Al actualizar o desinstalar el Asistente, esos datos se conservan.
ConfirmUninstall=¿Desinstalar %1?%n%nSus datos (avisos, expedientes, catálogos importados y respaldos, en AppData\Local\asistente-aaips) NO se borran: siguen ahí para cuando vuelva a instalar el Asistente.
UninstalledAll=%1 se desinstaló.%n%nSus datos siguen en la carpeta AppData\Local\asistente-aaips de su usuario; bórrela a mano solo si ya no los necesita.

[Tasks]
Name: "escritorio"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; the previous version's program files (never the clerk's data, which is not in {app})
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\aaips\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; WorkingDir: "{app}"; Comment: "Preparar y revisar avisos AAIPS antes de capturarlos en VUCEM"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; WorkingDir: "{app}"; Tasks: escritorio

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent
