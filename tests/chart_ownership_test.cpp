// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt Charts views are built with the chart they show: QChartView(QWidget*) makes a chart of
// its own, and setChart() hands that one back to the caller rather than deleting it, so each
// Energy and Capacity chart leaked a whole QChart (theme, legend, title document: about 30 kB
// per main window under LeakSanitizer) until they passed theirs to the constructor.

#include "capacity_chart.h"
#include "energy_chart.h"
#include "qobject_census.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QChart>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <string>

using han::test::QObjectCensus;

namespace {

// Builds the chart in a parent, shows and paints it once, and deletes the parent; returns the
// class names of the charts that outlived it.
template <typename Chart>
std::string chartsLeftBehind()
{
    QStringList names;
    QObjectCensus census;
    {
        auto parent = std::make_unique<QWidget>();
        auto* chart = new Chart(parent.get());
        chart->resize(480, 260);
        parent->show();
        (void)chart->grab();
        QApplication::processEvents();
    }
    for (QObject* object : census.survivors("QChart"))
        names.append(QString::fromLatin1(object->metaObject()->className()));
    return names.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST(ChartOwnershipTest, EnergyChartLeavesNoChartBehind)
{
    EXPECT_EQ(chartsLeftBehind<han::ui::EnergyChart>(), "");
}

TEST(ChartOwnershipTest, CapacityChartLeavesNoChartBehind)
{
    EXPECT_EQ(chartsLeftBehind<han::ui::CapacityChart>(), "");
}
