// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <unordered_set>

class QObject;

namespace han::test {

// Counts every QObject made and destroyed while it lives, through Qt's object hooks
// (qtHookData, the interface GammaRay uses), so a test can find objects that nothing owns:
// a leak that no ordinary assertion sees, because nobody holds a pointer to the object.
// One census at a time; objects of every thread are counted, and survivors() is for the thread
// that owns them (it asks each for its class). The hooks are put back as they were on
// destruction.
class QObjectCensus
{
public:
    QObjectCensus();
    ~QObjectCensus();
    QObjectCensus(const QObjectCensus&) = delete;
    QObjectCensus& operator=(const QObjectCensus&) = delete;

    // Objects made since construction and still alive that inherit `className`.
    QList<QObject*> survivors(const char* className) const;

private:
    static void added(QObject* object);
    static void removed(QObject* object);

    std::unordered_set<QObject*> m_alive;
    void* m_previousAdd = nullptr;
    void* m_previousRemove = nullptr;
};

} // namespace han::test
