// SPDX-License-Identifier: GPL-3.0-or-later
// The key store on real files (modes checked with stat) and, when the test runs inside
// tests/with_secret_service.sh (a private D-Bus session with GNOME Keyring), in a real keyring.
#include "key_file.h"
#include "key_store.h"
#include "secret_service_keys.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using han::KeyFile;
using han::KeyStore;
using han::MeterKeys;
using han::SecretServiceKeys;
using han::SourceSpec;

namespace {

// E01's published keys (PROTOCOL.md §9.2), written out byte by byte.
MeterKeys e01Keys()
{
    MeterKeys k;
    k.encryption =
        QByteArray("\x5A\xD8\x41\x21\xD9\xD2\x0B\x36\x4B\x7A\x11\xF3\xC1\xB5\x82\x7F", 16);
    k.authentication =
        QByteArray("\xAF\xB3\xF9\x3E\x3E\x72\x04\xED\xB3\xC2\x7F\x96\xDB\xD5\x1A\xE0", 16);
    return k;
}

MeterKeys otherKeys()
{
    MeterKeys k;
    k.encryption = QByteArray(16, '\x11');
    return k;
}

SourceSpec serial(const QString& port, const QString& serialNumber = {})
{
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Serial;
    spec.port.portName = port;
    spec.port.serialNumber = serialNumber;
    return spec;
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A umask that would leave a new file readable by everyone, for the duration of a test.
class OpenUmask
{
public:
    OpenUmask() : m_old(::umask(0)) {}
    ~OpenUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

TEST(KeyStore, ConnectionNamesTheAdapterThenThePortOrTheReplayedFile)
{
    EXPECT_EQ(
        KeyStore::lookupIds(serial(QStringLiteral("ttyUSB0"), QStringLiteral("A10KXYZ"))),
        (QStringList{QStringLiteral("adapter:A10KXYZ"), QStringLiteral("port:/dev/ttyUSB0")}));
    EXPECT_EQ(KeyStore::connectionId(serial(QStringLiteral("/dev/ttyUSB1"))),
              QStringLiteral("port:/dev/ttyUSB1"));
    SourceSpec replay;
    replay.kind = SourceSpec::Kind::Replay;
    replay.replayPath = QStringLiteral("/tmp/dk/e01.hex");
    EXPECT_EQ(KeyStore::connectionId(replay), QStringLiteral("file:/tmp/dk/e01.hex"));
    EXPECT_TRUE(KeyStore::connectionId(SourceSpec{}).isEmpty()); // the simulator
}

TEST(KeyStore, FileIsCreatedReadableOnlyByTheUserWhateverTheUmask)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("config/han-monitor"));
    const QString path = folder + QStringLiteral("/meter-keys.conf");
    const KeyStore store = KeyStore::file(path);
    EXPECT_EQ(store.backend(), KeyStore::Backend::File);
    {
        OpenUmask open;
        QString error;
        ASSERT_TRUE(store.save(serial(QStringLiteral("ttyUSB0")), e01Keys(), &error))
            << error.toStdString();
    }
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(modeOf(folder), 0700u);
    // No temporary file left beside it.
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("meter-keys.conf")});
    const QByteArray text = contents(path);
    EXPECT_TRUE(text.contains("[port:/dev/ttyUSB0]"));
    EXPECT_TRUE(text.contains("encryption = 5AD84121D9D20B364B7A11F3C1B5827F"));
    EXPECT_TRUE(text.contains("authentication = AFB3F93E3E7204EDB3C27F96DBD51AE0"));
    EXPECT_EQ(store.load(serial(QStringLiteral("/dev/ttyUSB0"))), e01Keys());
    EXPECT_TRUE(store.location().contains(QDir::toNativeSeparators(path)));
}

TEST(KeyStore, AFileOthersCouldReadIsReplacedByAPrivateOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meter-keys.conf"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("[port:/dev/ttyUSB9]\nencryption = 11111111111111111111111111111111\n");
    }
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    const KeyStore store = KeyStore::file(path);
    ASSERT_TRUE(store.save(serial(QStringLiteral("ttyUSB0")), e01Keys()));
    EXPECT_EQ(modeOf(path), 0600u);
    // The other meter's keys were kept.
    EXPECT_EQ(store.load(serial(QStringLiteral("ttyUSB9"))), otherKeys());
    EXPECT_EQ(store.connections(), (QStringList{QStringLiteral("port:/dev/ttyUSB0"),
                                                QStringLiteral("port:/dev/ttyUSB9")}));
}

TEST(KeyStore, KeysMoveFromThePortToTheAdapterAndClearingForgetsBoth)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meter-keys.conf"));
    const KeyStore store = KeyStore::file(path);
    ASSERT_TRUE(store.save(serial(QStringLiteral("ttyUSB0")), otherKeys()));
    // The adapter's serial number became known: its keys are found by the old port entry,
    const SourceSpec adapter = serial(QStringLiteral("ttyUSB0"), QStringLiteral("A10KXYZ"));
    EXPECT_EQ(store.load(adapter), otherKeys());
    // and saved under the adapter, which replaces the port's entry.
    ASSERT_TRUE(store.save(adapter, e01Keys()));
    EXPECT_EQ(store.connections(), QStringList{QStringLiteral("adapter:A10KXYZ")});
    // Re-plugged as ttyUSB1: same adapter, same keys.
    EXPECT_EQ(store.load(serial(QStringLiteral("ttyUSB1"), QStringLiteral("A10KXYZ"))), e01Keys());
    ASSERT_TRUE(store.save(adapter, MeterKeys{}));
    EXPECT_TRUE(store.load(adapter).isEmpty());
    EXPECT_FALSE(QFile::exists(path)); // nothing left to keep
}

TEST(KeyStore, LinesThatAreNoKeysAreIgnored)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meter-keys.conf"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("garbage before any block\n[port:/dev/ttyUSB0]\nencryption = 5AD8 4121 D9D2 "
                "0B36 4B7A 11F3 C1B5 827F\nauthentication = not a key\ncolour = blue\n");
    }
    MeterKeys expected;
    expected.encryption = e01Keys().encryption;
    EXPECT_EQ(KeyStore::file(path).load(serial(QStringLiteral("ttyUSB0"))), expected);
}

TEST(KeyStore, AnUnreadableFileIsReportedNotTakenAsNoKeys)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads any file; the mode cannot make it unreadable";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meter-keys.conf"));
    const KeyStore store = KeyStore::file(path);
    ASSERT_TRUE(store.save(serial(QStringLiteral("ttyUSB0")), e01Keys()));
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0), 0);
    QString error;
    EXPECT_TRUE(store.load(serial(QStringLiteral("ttyUSB0")), &error).isEmpty());
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(store.save(serial(QStringLiteral("ttyUSB1")), otherKeys(), &error));
}

TEST(KeyStore, FileBackendCanBeForcedByTheEnvironment)
{
    qputenv("HAN_KEY_STORE", "file");
    const KeyStore store = KeyStore::open();
    qunsetenv("HAN_KEY_STORE");
    EXPECT_EQ(store.backend(), KeyStore::Backend::File);
    EXPECT_EQ(store.filePath(), KeyStore::defaultFilePath());
    EXPECT_TRUE(store.filePath().endsWith(QStringLiteral("/meter-keys.conf")));
}

// The keyring: runs for real under tests/with_secret_service.sh (ctest key_store_secret_service).
class SecretServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!SecretServiceKeys::compiledIn())
            GTEST_SKIP() << "built without libsecret (libsecret-1-dev)";
        QString why;
        if (!SecretServiceKeys::available(&why))
            GTEST_SKIP() << "no Secret Service on the session bus (" << why.toStdString()
                         << "); ctest runs these under tests/with_secret_service.sh";
        if (qEnvironmentVariable("HAN_TEST_PRIVATE_KEYRING") != QLatin1String("1"))
            GTEST_SKIP() << "a Secret Service answers, but it is not the private test keyring "
                            "of tests/with_secret_service.sh: the user's keyring is left alone";
    }
};

TEST_F(SecretServiceTest, KeysGoToTheKeyringNotTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meter-keys.conf"));
    const KeyStore store = KeyStore::open(path);
    ASSERT_EQ(store.backend(), KeyStore::Backend::SecretService);
    EXPECT_TRUE(store.location().contains(QStringLiteral("keyring")));

    const SourceSpec spec = serial(QStringLiteral("ttyUSB0"), QStringLiteral("SS-TEST-1"));
    QString error;
    ASSERT_TRUE(store.save(spec, e01Keys(), &error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path)); // nothing in clear on disk
    // Straight from the keyring, not through the store's own reading.
    const auto loaded = SecretServiceKeys::load(QStringLiteral("adapter:SS-TEST-1"), &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(*loaded, e01Keys());
    EXPECT_EQ(store.load(serial(QStringLiteral("ttyUSB3"), QStringLiteral("SS-TEST-1"))),
              e01Keys());
    EXPECT_TRUE(store.connections().contains(QStringLiteral("adapter:SS-TEST-1")));

    ASSERT_TRUE(store.save(spec, MeterKeys{}, &error)) << error.toStdString();
    EXPECT_FALSE(SecretServiceKeys::load(QStringLiteral("adapter:SS-TEST-1")));
    EXPECT_FALSE(store.connections().contains(QStringLiteral("adapter:SS-TEST-1")));
}

TEST_F(SecretServiceTest, KeysInTheFileFromBeforeTheKeyringMoveIntoIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meter-keys.conf"));
    const SourceSpec spec = serial(QStringLiteral("ttyUSB7"));
    ASSERT_TRUE(KeyStore::file(path).save(spec, otherKeys()));
    const KeyStore store = KeyStore::open(path);
    ASSERT_EQ(store.backend(), KeyStore::Backend::SecretService);
    EXPECT_EQ(store.load(spec), otherKeys()); // read from the file
    ASSERT_TRUE(store.save(spec, e01Keys()));
    EXPECT_FALSE(QFile::exists(path)); // the clear copy is gone
    EXPECT_EQ(SecretServiceKeys::load(QStringLiteral("port:/dev/ttyUSB7")), e01Keys());
    ASSERT_TRUE(store.save(spec, MeterKeys{}));
}
