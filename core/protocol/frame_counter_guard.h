// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace han {

// Rejects encrypted frames whose frame counter is not greater than the last one accepted from
// the same system title (a replayed or re-sent frame: GCM would accept it, the IV being the
// meter's). A meter that really restarted its counter (a firmware update, a HAN port reset)
// sends increasing counters again from a lower value: after kRestartFrames such frames in a
// row, the guard takes the newest as the new baseline. Only authenticated frames reach it.
//
// It also refuses a downgrade: once a title has sent authenticated frames (security control
// 0x30), a frame from it without a tag (0x20, which anyone can produce by clearing one bit of
// the security control) is not believed.
//
// Fixed size, no allocation: a HAN port has one meter; a few titles are kept, the one seen
// longest ago makes room for a new one.
class FrameCounterGuard
{
public:
    static constexpr int kRestartFrames = 3;
    static constexpr std::size_t kTitles = 4;

    enum class Verdict : std::uint8_t {
        Accept,  // newer than the last accepted frame, or a title not seen before
        Replay,  // not newer: reject
        Restart, // not newer, but the kRestartFrames-th increasing one in a row: accept
        Downgrade, // without a tag from a title that sent authenticated frames: reject
    };

    // Whether a frame may be used. Counts replays towards a restart; changes nothing else.
    Verdict check(std::uint64_t systemTitle, std::uint32_t counter, bool authenticated);
    // The frame was used (it decoded): its counter is the new baseline of its title.
    void accept(std::uint64_t systemTitle, std::uint32_t counter, bool authenticated);
    void clear() { *this = FrameCounterGuard{}; }

private:
    struct Entry
    {
        std::uint64_t title = 0;
        std::uint64_t lastUse = 0; // 0: empty
        std::uint32_t counter = 0;
        bool authenticated = false; // has sent authenticated frames
        // Replays in a row with increasing counters: how many, and the newest counter.
        int restartRun = 0;
        std::uint32_t restartCounter = 0;
    };
    Entry* find(std::uint64_t systemTitle);

    std::array<Entry, kTitles> m_entries{};
    std::uint64_t m_clock = 0;
};

} // namespace han
