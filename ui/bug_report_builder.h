// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"
#include "link_state.h"
#include "link_statistics.h"
#include "source_spec.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace han::ui {

class RawByteHistory;

// The text a user pastes into a bug report: versions, the source and settings, the link's
// state and counters, the last errors and the raw frames of the last minutes. It is written for
// the maintainers, so it is English in the C locale whatever the user's language (like the
// program's other machine-readable output). Every line that is not frame bytes starts with '#',
// so the whole report is also a hex capture that File > Connect > Replay plays back as is.
class BugReportBuilder
{
public:
    struct Environment
    {
        QString appVersion;
        QString qtRuntime;
        QString qtBuild;
        QString os;
        QString kernel;
        QString cpu;
        QString platform; // the Qt platform plugin: xcb, wayland, offscreen, windows
    };
    // This program on this machine.
    static Environment currentEnvironment();

    // What the report says about its raw frames, for the message shown after copying.
    struct Summary
    {
        int frames = 0;
        std::int64_t bytes = 0;
        int errors = 0;
        std::int64_t spanMs = 0; // from the oldest frame kept to the newest
    };

    void setEnvironment(const Environment& environment) { m_environment = environment; }
    void setSource(const SourceSpec& spec, const QString& label, bool running);
    void setSettings(const AppSettings& settings) { m_settings = settings; }
    void setLink(LinkState state, const QString& detail, const LinkStatistics& statistics);
    // Not owned; must outlive build().
    void setHistory(const RawByteHistory* history) { m_history = history; }

    QString build(std::int64_t nowUtcMs) const;
    Summary summary() const;

private:
    void appendSource(QString& out) const;

    Environment m_environment;
    SourceSpec m_source;
    QString m_sourceLabel;
    bool m_running = false;
    std::optional<AppSettings> m_settings;
    LinkState m_state = LinkState::Disconnected;
    QString m_detail;
    LinkStatistics m_statistics;
    const RawByteHistory* m_history = nullptr;
};

} // namespace han::ui
