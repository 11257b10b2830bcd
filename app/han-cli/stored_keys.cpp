// SPDX-License-Identifier: GPL-3.0-or-later
#include "stored_keys.h"

#include "cli_output.h"
#include "key_store.h"
#include "system_port_locator.h"

namespace han::cli {

void StoredKeys::identifyAdapter(PortSettings& port)
{
    for (const PortInfo& info : SystemPortLocator().availablePorts()) {
        if (info.portName == port.portName || info.systemLocation == port.portName) {
            port.serialNumber = info.serialNumber;
            if (info.hasVendorId && info.hasProductId) {
                port.vendorId = info.vendorId;
                port.productId = info.productId;
            }
        }
    }
}

MeterKeys StoredKeys::lookUp(const SourceSpec& spec, bool onlyOneIsEnough)
{
    const KeyStore store = KeyStore::open();
    QString error;
    QString connection;
    MeterKeys keys;
    for (const QString& id : KeyStore::lookupIds(spec)) {
        keys = store.loadConnection(id, &error);
        if (!keys.isEmpty() || !error.isEmpty()) {
            connection = id;
            break;
        }
    }
    if (keys.isEmpty() && error.isEmpty() && onlyOneIsEnough) {
        const QStringList all = store.connections(&error);
        if (all.size() == 1) {
            connection = all.first();
            keys = store.loadConnection(connection, &error);
        }
    }
    if (!error.isEmpty())
        CliOutput::message(tr("meter keys not read: %1").arg(error));
    else if (!keys.isEmpty())
        CliOutput::message(tr("using the meter keys stored for %1 (%2)")
                               .arg(connection, store.backend() == KeyStore::Backend::SecretService
                                                    ? tr("desktop keyring")
                                                    : store.filePath()));
    return keys;
}

} // namespace han::cli
