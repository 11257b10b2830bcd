// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstring>

namespace han {

// How a list names its make: "Kamstrup_V0001", "AIDON_V0001", "KFM_001" (PROTOCOL.md §10.10).
class ListName
{
public:
    // ASCII case-insensitive prefix test, without allocating.
    static bool startsWith(QByteArrayView name, const char* prefix)
    {
        const std::size_t n = std::strlen(prefix);
        if (static_cast<std::size_t>(name.size()) < n)
            return false;
        for (std::size_t i = 0; i < n; ++i) {
            if (lower(name[static_cast<qsizetype>(i)]) != lower(prefix[i]))
                return false;
        }
        return true;
    }

private:
    static char lower(char c)
    {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
};

} // namespace han
