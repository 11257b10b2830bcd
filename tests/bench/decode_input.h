// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace han::bench {

// The decoding benchmarks' input: the real frames of tests/data (every frame of the two-hour
// Kamstrup log that decodes, then every whole Kamstrup frame of frames.txt that decodes), back
// to back as a meter sends them, repeated in memory until the stream holds at least `minBytes`.
// Only frames that decode are used, so every byte belongs to a reading and the pipeline runs
// its steady state, not its error path.
class DecodeInput
{
public:
    // Empty (and `error` set) when the test data cannot be read.
    static DecodeInput build(const QString& dataDir, std::size_t minBytes, QString& error);

    const std::vector<std::uint8_t>& bytes() const { return m_bytes; }
    std::size_t size() const { return m_bytes.size(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    // Frames in the whole stream, and in one repetition of the real frames.
    std::size_t frames() const { return m_frames; }
    std::size_t cycleFrames() const { return m_cycleFrames; }
    std::size_t cycleBytes() const { return m_cycleBytes; }

private:
    std::vector<std::uint8_t> m_bytes;
    std::size_t m_frames = 0;
    std::size_t m_cycleFrames = 0;
    std::size_t m_cycleBytes = 0;
};

} // namespace han::bench
