# Keeps docs/architecture.md true: each layer includes only the layers below it. Run by CTest
# (architecture_layers) as `cmake -DSOURCE_DIR=<repo> -P check_layers.cmake`; fails naming
# every file and include that breaks a rule.
cmake_minimum_required(VERSION 3.25)

set(ui_folders "shell/|profile/|listings/|charts/|roadmap/|takehome/|pipeline/|widgets/")
set(widget_headers "<QWidget>|<QApplication>|<QtWidgets|<QMainWindow>|<QDialog>|<QChart")
set(problems "")

# check(<folder glob> <regex of forbidden includes> <why>)
function(check glob forbidden why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${glob}")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^#include ")
        foreach(line IN LISTS includes)
            if(line MATCHES "^#include [\"<](${forbidden})")
                file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
                list(APPEND problems "${relative}: ${line} (${why})")
            endif()
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

check("app/core/*" "storage/|services/|cli/|${ui_folders}|QSql|${widget_headers}"
    "core uses Qt Core only")
check("app/storage/*" "services/|cli/|${ui_folders}|${widget_headers}"
    "storage includes core and Qt Sql only")
check("app/services/*" "cli/|${ui_folders}|${widget_headers}"
    "services include storage and core, never widgets")
# The text commands; the drawing commands in cli/drawing may include the window's drawing code.
file(GLOB cli_files "${SOURCE_DIR}/app/cli/*.h" "${SOURCE_DIR}/app/cli/*.cpp")
foreach(file IN LISTS cli_files)
    file(STRINGS "${file}" includes REGEX "^#include ")
    foreach(line IN LISTS includes)
        if(line MATCHES "^#include [\"<](${ui_folders}|${widget_headers})")
            file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
            list(APPEND problems "${relative}: ${line} (text commands need no widgets)")
        endif()
    endforeach()
endforeach()
check("ui/*" "cli/" "the window never includes the commands")

# The window's code lives in feature folders; at most a dozen files at the top of ui/.
file(GLOB top_of_ui LIST_DIRECTORIES false "${SOURCE_DIR}/ui/*")
list(LENGTH top_of_ui top_count)
if(top_count GREATER 12)
    list(APPEND problems "ui/ holds ${top_count} files at its top; move them into feature folders")
endif()

if(problems)
    list(JOIN problems "\n  " message)
    message(FATAL_ERROR "Layer rules broken (see docs/architecture.md):\n  ${message}")
endif()
message(STATUS "Layer rules hold.")
