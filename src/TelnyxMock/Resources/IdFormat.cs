using System.Globalization;

namespace TelnyxMock.Resources;

/// <summary>
/// How a resource's ids are written in documents and paths, and read back: every row is keyed by a 64-bit id
/// (<see cref="Common.IdGenerator"/>), which most resources show as its decimal digits ("1293384261075731499") and some as
/// a UUID (a number order). A path id that is not exactly what <see cref="Show"/> writes names nothing.
/// </summary>
public abstract class IdFormat
{
    /// <summary>Decimal digits, the id of connections, profiles and phone numbers.</summary>
    public static IdFormat Decimal { get; } = new DecimalIds();

    /// <summary>A version-4-shaped UUID made from the id and <paramref name="salt"/>, one to one: distinct salts give distinct UUIDs for one id.</summary>
    public static IdFormat Uuid(ulong salt) => new UuidIds(salt);

    public abstract string Show(long id);

    public abstract bool TryParse(string text, out long id);

    private sealed class DecimalIds : IdFormat
    {
        public override string Show(long id) => id.ToString(CultureInfo.InvariantCulture);

        public override bool TryParse(string text, out long id) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    /// <summary>
    /// The 30 free hex digits of "xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx" carry, in order, a reversible scramble of the id
    /// (16 digits) and a hash of it with the salt (14 digits); V (8, 9, a or b) comes from the hash. Reading takes the
    /// id back out and checks the whole UUID is the one it makes.
    /// </summary>
    private sealed class UuidIds(ulong salt) : IdFormat
    {
        private const ulong Multiplier = 0x9E3779B97F4A7C15;

        private static readonly ulong Inverse = InverseOf(Multiplier);

        public override string Show(long id)
        {
            var scrambled = Scramble((ulong)id);
            var hash = Scramble((ulong)id ^ salt ^ 0xD6E8FEB86659FD93);
            var digits = $"{scrambled:x16}{hash:x16}";
            var free = 0;
            var uuid = new char[36];
            for (var i = 0; i < 36; i++)
            {
                uuid[i] = i switch
                {
                    8 or 13 or 18 or 23 => '-',
                    14 => '4',
                    19 => "89ab"[(int)(hash & 3)],
                    _ => digits[free++],
                };
            }

            return new string(uuid);
        }

        public override bool TryParse(string text, out long id)
        {
            id = 0;
            if (text.Length != 36)
            {
                return false;
            }

            var digits = new string([.. text.Where((_, i) => i is not (8 or 13 or 18 or 23 or 14 or 19)).Take(16)]);
            if (!ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scrambled))
            {
                return false;
            }

            var candidate = Unscramble(scrambled);
            if (candidate is 0 or > long.MaxValue || !string.Equals(Show((long)candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            id = (long)candidate;
            return true;
        }

        private static ulong Scramble(ulong x)
        {
            x *= Multiplier;
            return x ^ (x >> 32);
        }

        private static ulong Unscramble(ulong x) => (x ^ (x >> 32)) * Inverse;

        /// <summary>The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration).</summary>
        private static ulong InverseOf(ulong odd)
        {
            var inverse = odd;
            for (var i = 0; i < 5; i++)
            {
                inverse *= 2 - (odd * inverse);
            }

            return inverse;
        }
    }
}
