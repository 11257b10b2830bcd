// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator_settings.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace han::cli {

// What `han-cli simulate` was asked to do, read from its command line.
struct SimulateRequest
{
    SimulatorSettings settings;
    QString port;
    QString out; // a path, or "-" for standard output
    QString truth;
    QStringList unplugCommand; // a program and its arguments
    bool lineLimit = true;     // a port carries no more than 2400 baud
    std::optional<double> speed;
    std::optional<std::int64_t> durationSeconds; // empty: until stopped

    static constexpr double kMaxSpeed = 10'000.0;
    static constexpr std::int64_t kDefaultFileDurationSeconds = 3600;

    // Reads the parsed command line into `options`; on bad usage returns a message for people
    // (in the simulate command's words).
    static std::optional<QString> parse(const QCommandLineParser& parser, SimulateRequest& options);
};

} // namespace han::cli
