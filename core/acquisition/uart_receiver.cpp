// SPDX-License-Identifier: GPL-3.0-or-later
#include "uart_receiver.h"

#include <bitset>
#include <cstdint>
#include <vector>

namespace han {

QByteArray UartReceiver::receive(const QByteArray& sent, bool sentWithEvenParity,
                                 bool readWithEvenParity)
{
    if (sentWithEvenParity == readWithEvenParity)
        return sent;

    // The line: idle (1), the characters, idle again long enough to end the last one.
    constexpr int kIdleBits = 12;
    std::vector<bool> line;
    line.reserve(static_cast<std::size_t>(sent.size()) * 11 + 2 * kIdleBits);
    line.insert(line.end(), kIdleBits, true);
    for (const char c : sent) {
        const auto byte = static_cast<std::uint8_t>(c);
        line.push_back(false); // start
        for (int bit = 0; bit < 8; ++bit)
            line.push_back(((byte >> bit) & 1U) != 0); // least significant bit first
        if (sentWithEvenParity)
            line.push_back(std::bitset<8>(byte).count() % 2 == 1);
        line.push_back(true); // stop
    }
    line.insert(line.end(), kIdleBits, true);

    const std::size_t frameBits = readWithEvenParity ? 11 : 10;
    QByteArray received;
    received.reserve(sent.size());
    std::size_t pos = 1;
    while (pos + frameBits <= line.size()) {
        // A start bit is a falling edge.
        if (line[pos] || !line[pos - 1]) {
            ++pos;
            continue;
        }
        std::uint8_t byte = 0;
        for (std::size_t bit = 0; bit < 8; ++bit)
            if (line[pos + 1 + bit])
                byte = static_cast<std::uint8_t>(byte | (1U << bit));
        bool error = !line[pos + frameBits - 1]; // framing
        if (readWithEvenParity)
            error = error || (std::bitset<8>(byte).count() + (line[pos + 9] ? 1U : 0U)) % 2 != 0;
        received.append(error ? '\0' : static_cast<char>(byte));
        pos += frameBits;
    }
    return received;
}

} // namespace han
