# Start-up benchmark of the desktop application against a minimal wx frame built in the same
# tree: time to first paint and peak RSS, median of 15 runs each. Run it under X:
#   cmake --build BUILD --target gui_startup_bench
find_package(wxWidgets 3.2 REQUIRED COMPONENTS core base)

add_executable(gui_bench_minimal_frame minimal_frame.cpp)
target_include_directories(gui_bench_minimal_frame SYSTEM PRIVATE ${wxWidgets_INCLUDE_DIRS})
target_compile_definitions(gui_bench_minimal_frame PRIVATE ${wxWidgets_DEFINITIONS})
target_compile_options(gui_bench_minimal_frame PRIVATE ${wxWidgets_CXX_FLAGS})
target_link_libraries(gui_bench_minimal_frame PRIVATE ${wxWidgets_LIBRARIES})
ccg_target_options(gui_bench_minimal_frame)

add_executable(gui_bench_prepare prepare_demo_db.cpp)
target_link_libraries(gui_bench_prepare PRIVATE ccg::session)
target_compile_definitions(gui_bench_prepare PRIVATE CCG_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
ccg_target_options(gui_bench_prepare)

add_custom_target(gui_startup_bench
  COMMAND xvfb-run -a --server-args=-screen\ 0\ 1600x1000x24
          python3 ${CMAKE_CURRENT_SOURCE_DIR}/gui_startup_bench.py
          --app $<TARGET_FILE:ccg-selfassess>
          --baseline $<TARGET_FILE:gui_bench_minimal_frame>
          --prepare $<TARGET_FILE:gui_bench_prepare>
  DEPENDS ccg-selfassess gui_bench_minimal_frame gui_bench_prepare
  USES_TERMINAL)

# From a rating key press to the window repainted, and to the dashboard shown, on a large review.
add_executable(gui_rating_bench rating_latency_bench.cpp ${PROJECT_SOURCE_DIR}/tests/gui/gui_driver.cpp
               ${PROJECT_SOURCE_DIR}/tests/gui/gui_fixture.cpp)
target_include_directories(gui_rating_bench PRIVATE ${PROJECT_SOURCE_DIR}/tests/gui)
target_link_libraries(gui_rating_bench PRIVATE ccg_test_main ccg::gui ccg::reports_xlsx_loader)
target_compile_definitions(gui_rating_bench PRIVATE CCG_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                           CCG_BINARY_DIR="${PROJECT_BINARY_DIR}" CCG_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
ccg_target_options(gui_rating_bench)
add_custom_target(gui_latency_bench
  COMMAND xvfb-run -a --server-args=-screen\ 0\ 1600x1000x24 $<TARGET_FILE:gui_rating_bench> [.bench]
  DEPENDS gui_rating_bench
  USES_TERMINAL)
