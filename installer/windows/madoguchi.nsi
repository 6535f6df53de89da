; Madoguchi (窓口) — the Windows installer (NSIS 3, Unicode, Modern UI 2). UTF-8 with a byte-order mark.
;
; Per-machine install under Program Files (64-bit), Start-menu and desktop shortcuts for all users,
; Japanese and English installer text, OUR OWN fixed installer identity APP_GUID (generated once with
; uuid4 for Madoguchi; never change it: Windows and the upgrade logic find the installed copy by it).
; The office data never lives in the install folder (desktop/platform/paths.py: %LOCALAPPDATA%\Madoguchi
; or --data-dir), so an upgrade (the previous version's own uninstaller, run silently with /UPGRADE,
; then the new files) keeps it, and the uninstaller keeps it unless the administrator ticks
; "delete the office data" (or passes /REMOVEDATA to a silent uninstall).
;
; Build (installer/README.md): freeze, then
;   python installer/bundle.py nsis-include dist/madoguchi build/nsis
;   makensis -DGENERATED=build/nsis installer/windows/madoguchi.nsi
; GENERATED holds defines.nsh (VERSION, VERSION4, ICON, OUTFILE), files.nsh and unfiles.nsh: the
; uninstaller deletes exactly the files this version installed, never RMDir /r on the install folder.
; Silent use: Setup.exe /S [/D=C:\path]   uninstall.exe /S [/REMOVEDATA]

Unicode true
ManifestDPIAware true
ManifestSupportedOS Win10
RequestExecutionLevel admin

!ifndef GENERATED
  !error "Pass -DGENERATED=<folder written by: python installer/bundle.py nsis-include BUNDLE FOLDER>"
!endif
!include "${GENERATED}/defines.nsh"

!define APP_NAME "Madoguchi"
!define APP_GUID "{9C967C46-14F1-4612-B7DE-AB4D1685D4BF}"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_GUID}"
!define PUBLISHER "Madoguchi"
!define GUI_EXE "madoguchi-gui.exe"
!define CLI_EXE "madoguchi.exe"
!define UNINSTALLER "uninstall.exe"
!define SHORTCUT "Madoguchi.lnk"
!define DATA_FOLDER "Madoguchi" ; platformdirs.user_data_dir("Madoguchi", roaming=False) = %LOCALAPPDATA%\Madoguchi

!ifdef NOCOMPRESS
  SetCompress off ; quick test compiles
!else
  SetCompressor /SOLID lzma
!endif

!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh
!include FileFunc.nsh
!include WordFunc.nsh

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}" ; an upgrade proposes the previous folder (.onInit; not
                                          ; InstallDirRegKey: it reads the 32-bit registry view)
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

Var Upgrade ; 1 in an uninstaller started by a newer installer: keep everything that is not a program file

; -- Modern UI -------------------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Japanese" ; the first language is the default
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; -- our text, in both languages --------------------------------------------------------------------------
LangString AppDescription ${LANG_JAPANESE} "マイナンバーカード窓口の予約・交付・集計"
LangString AppDescription ${LANG_ENGLISH} "My Number Card counter: booking, handover and counts"
LangString NeedsWindows10 ${LANG_JAPANESE} "Madoguchi は 64 ビット版の Windows 10 または Windows 11 で動作します。このパソコンにはインストールできません。"
LangString NeedsWindows10 ${LANG_ENGLISH} "Madoguchi runs on 64-bit Windows 10 or Windows 11. It cannot be installed on this PC."
LangString NeedsAdmin ${LANG_JAPANESE} "インストールには管理者の権限が必要です。管理者のアカウントで、もう一度インストーラーを実行してください。"
LangString NeedsAdmin ${LANG_ENGLISH} "Installing needs administrator rights. Run the installer again with an administrator account."
LangString NewerInstalled ${LANG_JAPANESE} "このパソコンには、より新しい版の Madoguchi がインストールされています。古い版では窓口のデータベースを開けないことがあります。それでも古い版をインストールしますか？"
LangString NewerInstalled ${LANG_ENGLISH} "A newer Madoguchi is installed on this PC. An older version may be unable to open the office database. Install the older version anyway?"
LangString AppRunning ${LANG_JAPANESE} "Madoguchi が実行中です。このパソコンで開いている Madoguchi をすべて終了してから「再試行」を押してください。"
LangString AppRunning ${LANG_ENGLISH} "Madoguchi is running. Close every Madoguchi window on this PC, then press Retry."
LangString RemovingPrevious ${LANG_JAPANESE} "以前の版のプログラムファイルを削除しています（窓口のデータは残します）…"
LangString RemovingPrevious ${LANG_ENGLISH} "Removing the previous version's program files (the office data stays)…"
LangString PreviousFailed ${LANG_JAPANESE} "以前の版を削除できませんでした。Madoguchi をすべて終了してから、もう一度インストーラーを実行してください。窓口のデータはそのまま残っています。"
LangString PreviousFailed ${LANG_ENGLISH} "The previous version could not be removed. Close every Madoguchi window, then run the installer again. The office data is untouched."
LangString SecProgram ${LANG_JAPANESE} "Madoguchi のプログラム（ショートカットを含む）"
LangString SecProgram ${LANG_ENGLISH} "The Madoguchi program (with its shortcuts)"
LangString SecData ${LANG_JAPANESE} "窓口のデータも削除する（データベース・バックアップ・ログ。元に戻せません）"
LangString SecData ${LANG_ENGLISH} "Also delete the office data (database, backups, logs; cannot be undone)"
LangString ConfirmData ${LANG_JAPANESE} "このユーザーの窓口のデータ（データベース、バックアップ、ログ）を完全に削除します。別の場所にバックアップがあることを確認してください。元に戻せません。削除しますか？"
LangString ConfirmData ${LANG_ENGLISH} "This deletes this user's office data (database, backups, logs) for good. Make sure a backup exists elsewhere. This cannot be undone. Delete it?"
LangString DataKept ${LANG_JAPANESE} "窓口のデータは残しました："
LangString DataKept ${LANG_ENGLISH} "The office data was kept:"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "ProductName" "Madoguchi (窓口)"
VIAddVersionKey /LANG=${LANG_JAPANESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "FileDescription" "Madoguchi ${VERSION} セットアップ"
VIAddVersionKey /LANG=${LANG_JAPANESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "LegalCopyright" "Proprietary (municipal use)"

; -- running copies -----------------------------------------------------------------------------------------
; A running .exe cannot be opened for writing: that tells whether Madoguchi runs from this folder,
; without touching any file. Asks to close it (Retry) or gives up (Cancel; exit code 2 when silent).
!macro CHECK_NOT_RUNNING UN
Function ${UN}CheckNotRunning
  retry:
  StrCpy $R9 ""
  ${ForEach} $R8 1 2 + 1
    ${If} $R8 == 1
      StrCpy $R7 "$INSTDIR\${GUI_EXE}"
    ${Else}
      StrCpy $R7 "$INSTDIR\${CLI_EXE}"
    ${EndIf}
    ${If} ${FileExists} "$R7"
      ClearErrors
      FileOpen $R6 "$R7" a
      ${If} ${Errors}
        StrCpy $R9 "running"
      ${Else}
        FileClose $R6
      ${EndIf}
    ${EndIf}
  ${Next}
  ${If} $R9 == "running"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING ""
!insertmacro CHECK_NOT_RUNNING "un."

; -- install -------------------------------------------------------------------------------------------------
Function .onInit
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)" /SD IDOK
    Abort
  ${EndIf}
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
    SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
    Quit
  ${EndIf}
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\${APP_NAME}" ; not when /D= chose a folder
    StrCpy $INSTDIR $0
  ${EndIf}
  ReadRegStr $0 HKLM "${UNINST_KEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "$0" "${VERSION}" $1 ; 1: the installed one is newer
    ${If} $1 == 1
      MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(NewerInstalled)$\r$\n$\r$\n$0 → ${VERSION}" /SD IDNO IDYES +2
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

; Upgrade: the previous version's own uninstaller removes exactly its own files (run in place with
; _?= so that ExecWait really waits); /UPGRADE makes it keep everything else, the data above all.
Function RemovePrevious
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == ""
  ${OrIfNot} ${FileExists} "$0\${UNINSTALLER}"
    Return
  ${EndIf}
  DetailPrint "$(RemovingPrevious)"
  ClearErrors
  ExecWait '"$0\${UNINSTALLER}" /S /UPGRADE _?=$0' $1
  ${If} ${Errors}
  ${OrIf} $1 != 0
    MessageBox MB_OK|MB_ICONSTOP "$(PreviousFailed)" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  Delete "$0\${UNINSTALLER}"
  RMDir "$0"
FunctionEnd

Section "-$(SecProgram)" SecProgram
  SetShellVarContext all
  Call CheckNotRunning
  Call RemovePrevious
  !include "${GENERATED}/files.nsh"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" "$(AppDescription)"
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" "$(AppDescription)"

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "Madoguchi (窓口)"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "Comments" "$(AppDescription)"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; -- uninstall -----------------------------------------------------------------------------------------------
Section "un.$(SecProgram)" UnSecProgram
  SectionIn RO
  SetShellVarContext all
  Call un.CheckNotRunning
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  !include "${GENERATED}/unfiles.nsh"
  Delete "$INSTDIR\${UNINSTALLER}" ; not while running in place (_?=): the new installer deletes it
  RMDir "$INSTDIR"                 ; only when empty: nothing but our files is ever deleted
  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd

; Not selected unless the administrator ticks it (or /REMOVEDATA on a silent uninstall); never on an
; upgrade. The data folder is per Windows user: this is the user running the uninstaller (after UAC,
; the administrator's account if another one was used). Other users' folders stay (docs/windows-checklist.md).
Section /o "un.$(SecData)" UnSecData
  ${If} $Upgrade == 1
    Return
  ${EndIf}
  SetShellVarContext current
  StrCpy $0 "$LOCALAPPDATA\${DATA_FOLDER}"
  SetShellVarContext all
  ${IfNot} ${FileExists} "$0\*.*"
    Return
  ${EndIf}
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(ConfirmData)$\r$\n$\r$\n$0" /SD IDYES IDYES remove
  DetailPrint "$(DataKept) $0"
  Return
  remove:
  RMDir /r "$0"
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $Upgrade 0
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/UPGRADE" $1
  ${IfNot} ${Errors}
    StrCpy $Upgrade 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
  ${AndIf} $Upgrade == 0
    SectionSetFlags ${UnSecData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
