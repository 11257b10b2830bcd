// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace han::bench {

// This process's memory from /proc/self/status (Linux), in kB; 0 when unavailable.
long residentKb(); // VmRSS
long peakKb();     // VmHWM, the peak resident size since start or since resetPeak()

// Resets VmHWM to the current resident size (writes 5 to /proc/self/clear_refs, Linux 4.0+), so
// the next peakKb() is the peak of what ran in between. False when the kernel refuses.
bool resetPeak();

} // namespace han::bench
