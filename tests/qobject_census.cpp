// SPDX-License-Identifier: GPL-3.0-or-later
#include "qobject_census.h"

#include <QObject>
#include <QtGlobal>

#include <mutex>

// Qt's debugger hooks (qhooks_p.h, private but kept stable for tools since Qt 5.4); the header
// is not installed by Debian, so the two slots used are named here.
extern quintptr Q_CORE_EXPORT qtHookData[];

namespace han::test {

namespace {

constexpr int kAddQObject = 3;
constexpr int kRemoveQObject = 4;
QObjectCensus* g_census = nullptr;
// Qt calls the hooks in whichever thread makes or destroys an object, not only the GUI thread.
std::mutex g_censusMutex;
using Hook = void (*)(QObject*);

} // namespace

QObjectCensus::QObjectCensus()
{
    const std::lock_guard<std::mutex> lock(g_censusMutex);
    Q_ASSERT(!g_census);
    g_census = this;
    m_previousAdd = reinterpret_cast<void*>(qtHookData[kAddQObject]);
    m_previousRemove = reinterpret_cast<void*>(qtHookData[kRemoveQObject]);
    qtHookData[kAddQObject] = reinterpret_cast<quintptr>(&QObjectCensus::added);
    qtHookData[kRemoveQObject] = reinterpret_cast<quintptr>(&QObjectCensus::removed);
}

QObjectCensus::~QObjectCensus()
{
    const std::lock_guard<std::mutex> lock(g_censusMutex);
    qtHookData[kAddQObject] = reinterpret_cast<quintptr>(m_previousAdd);
    qtHookData[kRemoveQObject] = reinterpret_cast<quintptr>(m_previousRemove);
    g_census = nullptr;
}

QList<QObject*> QObjectCensus::survivors(const char* className) const
{
    const std::lock_guard<std::mutex> lock(g_censusMutex);
    QList<QObject*> found;
    for (QObject* object : m_alive) {
        if (object->inherits(className))
            found.append(object);
    }
    return found;
}

// Called from QObject's constructor and destructor, when the object is a bare QObject: only
// its address can be kept here; its class is asked for in survivors(), once it is whole.
void QObjectCensus::added(QObject* object)
{
    const std::lock_guard<std::mutex> lock(g_censusMutex);
    if (!g_census)
        return;
    g_census->m_alive.insert(object);
    if (g_census->m_previousAdd)
        reinterpret_cast<Hook>(g_census->m_previousAdd)(object);
}

void QObjectCensus::removed(QObject* object)
{
    const std::lock_guard<std::mutex> lock(g_censusMutex);
    if (!g_census)
        return;
    g_census->m_alive.erase(object);
    if (g_census->m_previousRemove)
        reinterpret_cast<Hook>(g_census->m_previousRemove)(object);
}

} // namespace han::test
