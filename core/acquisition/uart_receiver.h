// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace han {

// What a UART set to one character format makes of characters sent in another: 8N1 (start bit,
// 8 data bits, stop bit) against 8E1 (start, 8 data, even parity bit, stop). The simulator reads
// its own frames through it when the line's parity is not the meter's, so the app sees what a
// real adapter delivers then (PROTOCOL.md §10.4): garbage without a valid frame.
//
// Bit by bit at the same baud rate: the receiver waits for a falling edge (start bit), samples
// 8 data bits, then the parity bit if it expects one, then the stop bit. A character whose stop
// bit reads 0 (framing error) or whose parity does not add up (parity error) is delivered as 0x00,
// as Linux's termios does without PARMRK or IGNPAR; the receiver then waits for the next falling
// edge, which inside a back-to-back burst may be in the middle of a character.
//   8E1 read as 8N1: the parity bit is taken for the stop bit, so every character with an even
//     number of ones (the flag 0x7E among them) arrives as 0x00 and the others arrive intact.
//   8N1 read as 8E1: the next start bit is taken for the stop bit, and the receiver loses the
//     character boundaries for good within a burst.
class UartReceiver
{
public:
    // `sent`: characters sent back to back, the line idle before and after.
    static QByteArray receive(const QByteArray& sent, bool sentWithEvenParity,
                              bool readWithEvenParity);
};

} // namespace han
