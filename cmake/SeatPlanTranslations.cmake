# seatplan_add_translations(TARGET NAME)
# Compiles resources/translations/NAME_zh_CN.ts with lrelease and embeds the .qm file in TARGET
# under :/i18n/. Each library keeps its own .ts so that the messages of different parts of the
# app can be translated (and merged) independently. `lupdate` is run by hand (see README).
function(seatplan_add_translations target name)
    set(ts "${SEATPLAN_TRANSLATIONS_DIR}/${name}_zh_CN.ts")
    qt_add_lrelease(${target} TS_FILES "${ts}" QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${name}_i18n"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()
