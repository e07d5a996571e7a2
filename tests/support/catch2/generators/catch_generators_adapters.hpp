#pragma once
#include "../../ccg_catch.hpp"
