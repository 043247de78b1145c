# Copies the Japanese .ts and runs lupdate over today's sources into the copy, so that the
# translation test sees every tr() string in the code, including ones nobody ran lupdate for.
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${PROJECT_JSON}
                        -P ${GENERATOR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project")
endif()
configure_file(${SOURCE_TS} ${OUTPUT_TS} COPYONLY)
execute_process(COMMAND ${LUPDATE} -project ${PROJECT_JSON} -no-obsolete -locations none
                        -ts ${OUTPUT_TS} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
