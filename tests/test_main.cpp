// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' main(): a QCoreApplication exists for the whole run, as Qt's time zone, file and
// JSON classes may expect one.

#include <gtest/gtest.h>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
