// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source_spec.h"

#include <QObject>
#include <QThread>

namespace han {

class AcquisitionWorker;

// Owns the acquisition thread and its worker. The composition root connects to worker()'s
// signals (queued: they arrive on the receiver's thread) and drives it through these methods,
// which may be called from the thread that created the controller.
class AcquisitionController : public QObject
{
    Q_OBJECT

public:
    explicit AcquisitionController(QObject* parent = nullptr);
    ~AcquisitionController() override;

    AcquisitionWorker* worker() const { return m_worker; }

    void start(const SourceSpec& spec);
    // Stops the source and waits until the worker has let go of it; the thread keeps running.
    void stop();
    void startRecording(const QString& path);
    void stopRecording();
    // Stops and ends the thread; called by the destructor.
    void shutdown();

    static void registerMetaTypes();

private:
    QThread m_thread;
    AcquisitionWorker* m_worker = nullptr;
};

} // namespace han
