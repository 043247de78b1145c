# Checks tests/run-qtest.sh, which every suite runs through, with stand-ins for a Qt Test
# binary: a skip next to a failure must fail, a skip alone must report as skipped (77), a clean
# run must pass. Run with -DRUNNER=path/to/run-qtest.sh.
function(expect description expected)
    execute_process(COMMAND ${RUNNER} sh -c "${ARGN}"
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL expected)
        message(FATAL_ERROR "${description}: run-qtest.sh exited ${result}, expected ${expected}")
    endif()
endfunction()

expect("a failure beside a skip" 1 "echo 'SKIP   : TestX::a() no display'; echo 'FAIL!  : TestX::b()'; exit 1")
expect("three failures" 3 "echo 'FAIL!  : TestX::a()'; exit 3")
expect("a skip alone" 77 "echo 'PASS   : TestX::a()'; echo 'SKIP   : TestX::b() no display'; exit 0")
expect("a clean run" 0 "echo 'PASS   : TestX::a()'; echo 'PASS   : TestX::b()'; exit 0")
# The word SKIP inside a message is not a skip.
expect("SKIP quoted in a message" 0 "echo 'QDEBUG : TestX::a() saw SKIP   : elsewhere'; exit 0")
