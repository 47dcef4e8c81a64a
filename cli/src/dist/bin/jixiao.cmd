@echo off
rem The launcher of the jixiao command line on Windows.
rem
rem Finds Java 17 or later (%JAVA_HOME% first, then java.exe on the PATH) and runs lib\jixiao.jar
rem with the arguments given. Start-up is mostly class loading, so the first run makes a
rem class-data-sharing archive of the classes a run loads (-XX:ArchiveClassesAtExit, JDK 13+,
rem from a training run over the reference forms) and every run maps it (-XX:SharedArchiveFile):
rem one archive per jixiao version and Java installation, under %LOCALAPPDATA%\jixiao.
rem JIXIAO_CDS=off leaves the archive alone; JAVA_OPTS are passed to Java first.
rem
rem Exit status: that of jixiao (0, 1, 2 or 3), or 127 where no Java 17 is found. This file is
rem UTF-8; its Chinese messages are printed under code page 65001, then the console's own
rem code page is restored.
setlocal EnableExtensions DisableDelayedExpansion
set "JIXIAO_VERSION=@project.version@"
set "JIXIAO_JAR=%~dp0..\lib\jixiao.jar"

set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  call :message noJava
  exit /b 127
)
if not exist "%JIXIAO_JAR%" (
  call :message noJar
  exit /b 127
)

rem The archive is named for the Java installation's folder (jdk-17.0.15+6, say).
for %%H in ("%JAVA_EXE%\..\..") do set "JAVA_NAME=%%~nxH"
set "CDS_DIR=%LOCALAPPDATA%\jixiao"
set "CDS=%CDS_DIR%\jixiao-%JIXIAO_VERSION%-%JAVA_NAME%.jsa"
if /i "%JIXIAO_CDS%"=="off" goto checked
if not defined LOCALAPPDATA goto checked
if exist "%CDS%" goto shared

rem No archive yet: check the version (an archive says an earlier run passed it), then make the
rem archive once by a training run that scores the reference forms and blank workbooks to an
rem HTML report, so that it holds the classes a real run loads; written under a name of its own
rem and moved into place. A failed training leaves no archive, and the command runs as it would.
call :checkVersion || exit /b 127
if not exist "%CDS_DIR%" mkdir "%CDS_DIR%" >nul 2>&1
set "TRAINING=%CDS_DIR%\training-%RANDOM%%RANDOM%"
mkdir "%TRAINING%" >nul 2>&1 || goto plain
"%JAVA_EXE%" -jar "%JIXIAO_JAR%" template -o "%TRAINING%\blank.xlsx" >nul 2>&1
"%JAVA_EXE%" -jar "%JIXIAO_JAR%" template -o "%TRAINING%\blank.xls" >nul 2>&1
"%JAVA_EXE%" %JAVA_OPTS% -XX:ArchiveClassesAtExit="%TRAINING%\jixiao.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JIXIAO_JAR%" score --format html -o "%TRAINING%\report.html" "%~dp0..\examples\forms" "%TRAINING%\blank.xlsx" "%TRAINING%\blank.xls" >nul 2>&1
if exist "%TRAINING%\jixiao.jsa" move /y "%TRAINING%\jixiao.jsa" "%CDS%" >nul 2>&1
rmdir /s /q "%TRAINING%" >nul 2>&1
if exist "%CDS%" goto shared
goto plain

:shared
rem Outside any block, so that a ")" in a path or an argument cannot end one.
"%JAVA_EXE%" %JAVA_OPTS% -XX:SharedArchiveFile="%CDS%" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JIXIAO_JAR%" %*
exit /b

:checked
call :checkVersion || exit /b 127
:plain
"%JAVA_EXE%" %JAVA_OPTS% -jar "%JIXIAO_JAR%" %*
exit /b

:checkVersion
set "JAVA_VER="
set "JAVA_MAJOR="
for /f "tokens=3" %%V in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:" version "') do if not defined JAVA_VER set "JAVA_VER=%%~V"
if defined JAVA_VER for /f "tokens=1,2 delims=._-+" %%A in ("%JAVA_VER%") do (
  if "%%A"=="1" (set "JAVA_MAJOR=%%B") else set "JAVA_MAJOR=%%A"
)
if not defined JAVA_MAJOR (
  call :message unknownVersion
  exit /b 1
)
if %JAVA_MAJOR% LSS 17 (
  call :message oldJava
  exit /b 1
)
exit /b 0

:message
set "OLD_CP="
for /f "tokens=2 delims=:." %%C in ('chcp') do set "OLD_CP=%%C"
chcp 65001 >nul
if not "%~1"=="noJar" goto java
echo jixiao：找不到 %JIXIAO_JAR%，发行包不完整，请重新解压。 1>&2
echo jixiao: %JIXIAO_JAR% is missing; unpack the distribution again. 1>&2
goto restore
:java
if "%~1"=="noJava" echo jixiao 需要 Java 17 或更高版本，但未找到 Java（JAVA_HOME 未设置，PATH 中也没有 java）。 1>&2
if "%~1"=="unknownVersion" echo jixiao 需要 Java 17 或更高版本，但无法识别 %JAVA_EXE% 的版本。 1>&2
if "%~1"=="oldJava" echo jixiao 需要 Java 17 或更高版本，而 %JAVA_EXE% 的版本是 %JAVA_VER%。 1>&2
echo 请安装 Java 17 或更高版本（JDK 或 JRE 均可），例如 Eclipse Temurin 17（adoptium.net）或其他 OpenJDK 17 发行版， 1>&2
echo 安装后重新运行；若 Java 不在 PATH 中，请将环境变量 JAVA_HOME 设为其安装目录。 1>&2
echo jixiao needs Java 17 or later. Install one, or set JAVA_HOME to it. 1>&2
:restore
if defined OLD_CP chcp %OLD_CP% >nul
exit /b 0
