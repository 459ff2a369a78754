<#
.SYNOPSIS
  Build msdesk's Windows installer from this checkout:
  dist\msdesk-<version>-windows-x64-setup.exe

.DESCRIPTION
  Makes its own build venv (build\venv), draws the icons (packaging\make_icons.py),
  writes the version resources (packaging\version_info.py), builds the one-folder
  bundle with PyInstaller (packaging\msdesk.spec), runs the bundle's
  msdesk.exe --self-test, then compiles packaging\windows\msdesk.iss with Inno Setup 6.
  It installs nothing system-wide; it needs Python 3.11 or later and Inno Setup 6
  (ISCC.exe: on PATH, in the ISCC environment variable, or where its installer puts it).

  With -TestInstaller it then installs the setup silently into a scratch folder, runs
  the installed msdesk.exe --self-test, uninstalls it and checks that nothing is left.
  That is for CI or a machine without msdesk installed: the test install takes the place
  of an installed msdesk, and its uninstall removes it.

.PARAMETER Python
  The Python that makes the build venv. Default: "py -3" where the launcher exists, else "python".

.EXAMPLE
  pwsh packaging/windows/build-windows.ps1
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [switch]$TestInstaller
)

Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"
$ProgressPreference = "SilentlyContinue"

# Native programs do not throw when they fail: this one stops the build.
function Invoke-Native {
    param(
        [Parameter(Mandatory = $true)][string]$FilePath,
        [string[]]$ArgumentList = @()
    )
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "$FilePath $($ArgumentList -join ' ') failed with exit code $LASTEXITCODE"
    }
}

# Runs a program and returns its last line of output, stopping the build if it fails.
function Get-NativeLine {
    param(
        [Parameter(Mandatory = $true)][string]$FilePath,
        [string[]]$ArgumentList = @()
    )
    $output = @(& $FilePath @ArgumentList)
    if ($LASTEXITCODE -ne 0) {
        throw "$FilePath $($ArgumentList -join ' ') failed with exit code $LASTEXITCODE"
    }
    if ($output.Count -eq 0) { throw "$FilePath $($ArgumentList -join ' ') printed nothing" }
    return ([string]$output[-1]).Trim()
}

# Runs <msdesk.exe> --self-test and stops the build unless its JSON line says ok.
function Test-Msdesk {
    param([Parameter(Mandatory = $true)][string]$Exe)
    $line = Get-NativeLine $Exe @("--self-test")
    Write-Host $line
    $report = $line | ConvertFrom-Json
    if (-not $report.ok) { throw "$Exe --self-test failed: $line" }
}

function Find-Iscc {
    if ($env:ISCC -and (Test-Path -LiteralPath $env:ISCC)) { return $env:ISCC }
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $folders = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))
    foreach ($folder in $folders) {
        if (-not $folder) { continue }
        $candidate = Join-Path $folder "Inno Setup 6\ISCC.exe"
        if (Test-Path -LiteralPath $candidate) { return $candidate }
    }
    throw "Inno Setup 6 is not installed (no ISCC.exe): install it (winget install JRSoftware.InnoSetup), or set ISCC to ISCC.exe's path"
}

$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
$savedQpa = $env:QT_QPA_PLATFORM
Push-Location $root
try {
    $env:PIP_DISABLE_PIP_VERSION_CHECK = "1"
    # The self-tests and the icon drawing need no screen.
    $env:QT_QPA_PLATFORM = "offscreen"

    if ($Python) {
        $pyExe = $Python; $pyArgs = @()
    } elseif (Get-Command "py" -ErrorAction SilentlyContinue) {
        $pyExe = "py"; $pyArgs = @("-3")
    } else {
        $pyExe = "python"; $pyArgs = @()
    }

    $venv = "build\venv"
    $venvPython = Join-Path $venv "Scripts\python.exe"
    if (-not (Test-Path -LiteralPath $venvPython)) {
        Write-Host "== build venv ($venv)"
        Invoke-Native $pyExe ($pyArgs + @("-c", "import sys; sys.exit(sys.version_info < (3, 11))"))
        Invoke-Native $pyExe ($pyArgs + @("-m", "venv", $venv))
    }
    Invoke-Native $venvPython @("-m", "pip", "install", "-q", "--upgrade", ".", "pyinstaller>=6.10")

    Write-Host "== icons and version resources"
    Invoke-Native $venvPython @("packaging\make_icons.py")
    if (-not (Test-Path -LiteralPath "build\icons\msdesk.ico")) {
        throw "packaging\make_icons.py wrote no build\icons\msdesk.ico"
    }
    Invoke-Native $venvPython @("packaging\version_info.py", "--windows")
    $version = Get-NativeLine $venvPython @("packaging\version_info.py")
    $fileVersion = Get-NativeLine $venvPython @("packaging\version_info.py", "--numeric")

    Write-Host "== the bundle (build\dist\msdesk)"
    Invoke-Native $venvPython @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", "build\dist", "--workpath", "build\work", "packaging\msdesk.spec")
    foreach ($program in @("msdesk.exe", "msdesk-gui.exe")) {
        if (-not (Test-Path -LiteralPath "build\dist\msdesk\$program")) { throw "the bundle has no $program" }
    }

    Write-Host "== the bundle's self-test"
    Test-Msdesk "build\dist\msdesk\msdesk.exe"

    Write-Host "== dist\msdesk-$version-windows-x64-setup.exe"
    $iscc = Find-Iscc
    Invoke-Native $iscc @("/Qp", "/DMyAppVersion=$version", "/DMyAppFileVersion=$fileVersion",
        "packaging\windows\msdesk.iss")
    $setup = "dist\msdesk-$version-windows-x64-setup.exe"
    if (-not (Test-Path -LiteralPath $setup)) { throw "Inno Setup wrote no $setup" }
    Get-Item -LiteralPath $setup | Format-Table -AutoSize Name, Length | Out-String | Write-Host

    if ($TestInstaller) {
        Write-Host "== the installer, as a user runs it"
        $target = Join-Path ([System.IO.Path]::GetTempPath()) "msdesk-install-test"
        $log = Join-Path ([System.IO.Path]::GetTempPath()) "msdesk-install-test.log"
        if (Test-Path -LiteralPath $target) { Remove-Item -LiteralPath $target -Recurse -Force }
        $install = Start-Process -FilePath (Resolve-Path $setup) -Wait -PassThru -ArgumentList @(
            "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/DIR=`"$target`"", "/LOG=`"$log`"")
        if ($install.ExitCode -ne 0) {
            Get-Content -LiteralPath $log | Write-Host
            throw "the installer failed with exit code $($install.ExitCode)"
        }
        foreach ($program in @("msdesk.exe", "msdesk-gui.exe", "unins000.exe")) {
            if (-not (Test-Path -LiteralPath (Join-Path $target $program))) { throw "the install has no $program" }
        }
        $shortcut = Join-Path ([Environment]::GetFolderPath("Programs")) "msdesk.lnk"
        if (-not (Test-Path -LiteralPath $shortcut)) { throw "the install made no Start-menu shortcut ($shortcut)" }
        Test-Msdesk (Join-Path $target "msdesk.exe")

        $uninstall = Start-Process -FilePath (Join-Path $target "unins000.exe") -Wait -PassThru -ArgumentList @(
            "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
        if ($uninstall.ExitCode -ne 0) { throw "the uninstaller failed with exit code $($uninstall.ExitCode)" }
        # The uninstaller finishes from a copy of itself in the temporary folder: wait for it.
        $deadline = (Get-Date).AddSeconds(60)
        while ((Test-Path -LiteralPath $target) -and ((Get-Date) -lt $deadline)) { Start-Sleep -Seconds 1 }
        if (Test-Path -LiteralPath $target) { throw "the uninstaller left $target behind" }
        if (Test-Path -LiteralPath $shortcut) { throw "the uninstaller left the Start-menu shortcut behind" }
        Write-Host "installed, self-tested and uninstalled: nothing left behind"
    }
} finally {
    $env:QT_QPA_PLATFORM = $savedQpa
    Pop-Location
}
