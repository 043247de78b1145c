# Build options every target shares: warnings, Qt strictness, sanitizers.
# Included once by the top-level CMakeLists.txt; every target links careerplanner_options.

# One INTERFACE target carries the warning flags and Qt strictness defines; every target links it.
add_library(careerplanner_options INTERFACE)
target_compile_options(careerplanner_options INTERFACE -Wall -Wextra -Wpedantic
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
target_compile_definitions(careerplanner_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CAREERPLANNER_VERSION="${PROJECT_VERSION}")
if(CAREERPLANNER_SANITIZE)
    target_compile_options(careerplanner_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(careerplanner_options INTERFACE -fsanitize=address,undefined)
endif()
