# (Archivo en UTF-8 con BOM y CRLF: así Windows PowerShell 5.1 lee bien los acentos.)
# Construye el Asistente AAIPS para Windows: el paquete de PyInstaller (dist\aaips\) y, si Inno Setup 6
# está instalado, el instalador (dist\instalador\AsistenteAAIPS-<versión>-instalador.exe).
#
#   scripts\construir.ps1                                   # sin Tesseract (aviso claro)
#   scripts\construir.ps1 -Tesseract "C:\Program Files\Tesseract-OCR"   # incluye Tesseract (spa, eng, osd; chi_sim, chi_tra, kor, jpn si están)
#   scripts\construir.ps1 -Probar                           # además, la prueba de humo del paquete
#
# Requisitos en la máquina de construcción: Python 3.11 (py -3.11), Tesseract de UB Mannheim con los
# idiomas Spanish y English (su instalador trae osd) y, para molinos asiáticos, en «Additional language
# data»: Chinese (Simplified), Chinese (Traditional), Korean y Japanese; e Inno Setup 6 (https://jrsoftware.org/isdl.php).
# Si PowerShell no deja correr el guion: powershell -ExecutionPolicy Bypass -File scripts\construir.ps1
param(
    [string]$Tesseract = $env:AAIPS_TESSERACT_DIR,
    [switch]$Probar,
    [switch]$SinInstalador
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Paso($texto) { Write-Host "== $texto" -ForegroundColor Cyan }
function Ejecutar { param([string]$Programa, [string[]]$Argumentos)
    & $Programa @Argumentos
    if ($LASTEXITCODE -ne 0) { throw "Falló: $Programa $($Argumentos -join ' ') (código $LASTEXITCODE)" }
}

$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) {
    Paso "Creando el entorno .venv"
    Ejecutar "py" @("-3.11", "-m", "venv", ".venv")
}
Paso "Instalando el Asistente con los extras dev y build (PyInstaller)"
Ejecutar $py @("-m", "pip", "install", "-q", "-e", ".[dev,build]")

Paso "Compilando traducciones (.ts -> .qm)"
Ejecutar $py @("-c", "from pathlib import Path; from app.ui.traducciones import compilar; compilar(Path('resources'))")
if (-not (Test-Path "resources\iconos\aaips.ico")) { Ejecutar $py @("packaging\generar_icono.py") }

if ($Tesseract) {
    if (-not (Test-Path (Join-Path $Tesseract "tesseract.exe"))) { throw "No está tesseract.exe en $Tesseract" }
    $env:AAIPS_TESSERACT_DIR = $Tesseract
    Paso "Se incluye Tesseract de $Tesseract (spa, eng, osd; chi_sim, chi_tra, kor, jpn si están)"
} else {
    Remove-Item Env:AAIPS_TESSERACT_DIR -ErrorAction SilentlyContinue
    Write-Warning ("Sin -Tesseract ni AAIPS_TESSERACT_DIR: el paquete NO lleva Tesseract y los certificados " +
                   "escaneados necesitarán uno instalado aparte (Preferencias > OCR).")
    if (Test-Path "C:\Program Files\Tesseract-OCR\tesseract.exe") {
        Write-Warning 'Para incluirlo: scripts\construir.ps1 -Tesseract "C:\Program Files\Tesseract-OCR"'
    }
}

Paso "PyInstaller: build_installer.spec -> dist\aaips (unos minutos)"
Ejecutar $py @("-m", "PyInstaller", "build_installer.spec", "--noconfirm", "--log-level", "WARN")

Paso "Medidas"
Ejecutar $py @("packaging\medir.py", "dist\aaips")

if ($Probar) {
    Paso "Prueba de humo del paquete (tests\instalador)"
    $env:AAIPS_PAQUETE = (Resolve-Path "dist\aaips").Path
    $env:QT_QPA_PLATFORM = "offscreen"
    try { Ejecutar $py @("-m", "pytest", "-m", "instalador", "tests\instalador", "-q", "-p", "no:cacheprovider", "-s") }
    finally { Remove-Item Env:AAIPS_PAQUETE, Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue }
}

if (-not $SinInstalador) {
    $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
    if ($iscc) {
        $version = (& $py -c "import app; print(app.__version__)").Trim()
        Paso "Inno Setup: packaging\aaips.iss -> dist\instalador (versión $version)"
        Ejecutar $iscc @("/Qp", "/DMyAppVersion=$version", "packaging\aaips.iss")
        Get-ChildItem "dist\instalador\*.exe" | ForEach-Object { Write-Host "Instalador: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
    } else {
        Write-Warning "No se encontró Inno Setup 6 (ISCC.exe): se construyó solo dist\aaips. Instálelo de https://jrsoftware.org/isdl.php"
    }
}
