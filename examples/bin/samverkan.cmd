@echo off
rem The samverkan command-line tool (docs/cli.md), started fast: the same as
rem   java -jar examples\target\samverkan-cli.jar ARGS...
rem with the class-data-sharing archive the build made beside the jar, the client compiler only (on one
rem compiler thread) and the serial collector. SAMVERKAN_JAVA_OPTS adds or overrides JVM options; JAVA names the java to run.
setlocal
set "target=%~dp0..\target"
if "%JAVA%"=="" set "JAVA=java"
set "cds="
if exist "%target%\samverkan-cli.jsa" set cds="-XX:SharedArchiveFile=%target%\samverkan-cli.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
"%JAVA%" %cds% -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC %SAMVERKAN_JAVA_OPTS% -jar "%target%\samverkan-cli.jar" %*
exit /b %ERRORLEVEL%
