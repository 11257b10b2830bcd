// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace han::bench {

// Heap allocations made by this process so far (malloc, calloc, realloc, aligned and operator new).
// A benchmark binary that links allocation_counter.cpp replaces the global allocation functions;
// the count covers Qt's containers too, which allocate with malloc rather than operator new.
std::uint64_t allocationCount();

// True when the replacement is in effect: an operator new and a QByteArray both were counted.
// A counter that silently stays at zero would report "no allocations" for any code.
bool allocationCounterWorks();

} // namespace han::bench
