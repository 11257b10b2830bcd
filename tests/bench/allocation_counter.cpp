// SPDX-License-Identifier: GPL-3.0-or-later
// Counting replacements of the global allocation functions, for benchmarks that report
// allocations per item. Linked only into benchmark binaries.
//
// operator new alone would miss most of what matters here: QString and QByteArray allocate with
// malloc (QArrayData), so malloc, calloc and realloc are interposed as well. glibc exports its
// allocator as __libc_malloc & co., and a definition of malloc in the executable takes precedence
// over libc's for every shared library (ELF symbol interposition). libstdc++'s operator new calls
// malloc, so replacing operator new too would count each of those twice: it is counted through
// malloc instead.
#include "allocation_counter.h"

#include <QByteArray>

#include <atomic>
#include <cstddef>
#include <memory>

extern "C" {
void* __libc_malloc(std::size_t size);
void* __libc_calloc(std::size_t count, std::size_t size);
void* __libc_realloc(void* pointer, std::size_t size);
void* __libc_memalign(std::size_t alignment, std::size_t size);
}

namespace {

// Zero-initialised before any constructor runs: the loader calls malloc before main().
std::atomic<std::uint64_t> g_allocations{0};

void countOne() { g_allocations.fetch_add(1, std::memory_order_relaxed); }

} // namespace

extern "C" {

void* malloc(std::size_t size) noexcept
{
    countOne();
    return __libc_malloc(size);
}

void* calloc(std::size_t count, std::size_t size) noexcept
{
    countOne();
    return __libc_calloc(count, size);
}

void* realloc(void* pointer, std::size_t size) noexcept
{
    countOne();
    return __libc_realloc(pointer, size);
}

void* aligned_alloc(std::size_t alignment, std::size_t size) noexcept
{
    countOne();
    return __libc_memalign(alignment, size);
}

} // extern "C"

namespace han::bench {

std::uint64_t allocationCount()
{
    return g_allocations.load(std::memory_order_relaxed);
}

bool allocationCounterWorks()
{
    const std::uint64_t before = allocationCount();
    auto viaNew = std::make_unique<std::uint64_t>(before);
    const std::uint64_t afterNew = allocationCount();
    const QByteArray viaMalloc(256, static_cast<char>(*viaNew & 0x7F));
    const std::uint64_t afterQt = allocationCount();
    return afterNew > before && afterQt > afterNew && viaMalloc.size() == 256;
}

} // namespace han::bench
