// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_keys.h"
#include "source_spec.h"

#include <QCoreApplication>

namespace han::cli {

// The meter keys han-cli takes from the key store the desktop app writes (KeyStore: the
// desktop keyring, else meter-keys.conf in the shared config folder) when none are given on
// the command line. `listen --port DEV` and `decode --port DEV` use the keys of that adapter or
// port; `decode FILE` those stored for the file (a replay in the app), else, when the store
// holds keys for one connection only, those. It says on stderr which keys it took, never the
// keys.
class StoredKeys
{
    Q_DECLARE_TR_FUNCTIONS(StoredKeys)

public:
    // The keys for `spec` (a serial port or a file), with the fallback to the only stored
    // connection when `onlyOneIsEnough`.
    static MeterKeys lookUp(const SourceSpec& spec, bool onlyOneIsEnough);
    // Fills in the adapter's serial number and USB ids of `port` when it is plugged in.
    static void identifyAdapter(PortSettings& port);
};

} // namespace han::cli
