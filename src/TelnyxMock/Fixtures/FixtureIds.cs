using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace TelnyxMock.Fixtures;

/// <summary>
/// Ids for the entries of a fixtures file that name none: the same file, account and place in the file always give the
/// same id, so a file loaded at every start of a persistent store replaces what it loaded before, as entries with a
/// fixed id do, instead of adding each entry again. The ids are 19 digits from 1,000,000,000,000,000,000 to
/// 1,899,999,999,999,999,999: the <see cref="Common.IdGenerator"/> made such ids only in 2017–2024 (milliseconds since 2010,
/// shifted by 22 bits), before any copy of the mock ran, and it takes real time, so it never makes one of them now.
/// </summary>
public static class FixtureIds
{
    private const long First = 1_000_000_000_000_000_000;
    private const long Count = 900_000_000_000_000_000;

    /// <param name="file">The fixtures file's full path.</param>
    /// <param name="account">The account the entry belongs to.</param>
    /// <param name="pointer">The entry's JSON pointer in the file (<c>/0/ip_connections/2</c>, children under their parent's).</param>
    public static long Derived(string file, string account, string pointer)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{file}\n{account}\n{pointer}"));
        return First + (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) % Count);
    }
}
