# Build flags every SeatPlan target links PRIVATE: warnings, -Werror under CI, sanitizers.
add_library(seatplan_warnings INTERFACE)
target_compile_options(seatplan_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    $<$<BOOL:${SEATPLAN_WERROR}>:-Werror>)

if(SEATPLAN_SANITIZE)
    target_compile_options(seatplan_warnings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(seatplan_warnings INTERFACE -fsanitize=address,undefined)
endif()
