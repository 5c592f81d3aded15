using TelnyxMock.Resources;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// <see cref="IdFormat.Uuid"/>, the ids of number orders: a UUID that reads back to its id, different for each salt,
/// and that no other string (one character changed) reads back to.
/// </summary>
public sealed class IdFormatTests
{
    private const ulong Salt = 0x4E554D4F52444552;

    public static TheoryData<long> Ids => [1, 2, 42, 1293384261075731499, long.MaxValue, 7_000_000_000_000_000_123];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Uuid_RoundTrips(long id)
    {
        var format = IdFormat.Uuid(Salt);

        var shown = format.Show(id);

        Assert.True(Guid.TryParseExact(shown, "D", out _), shown);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", shown);
        Assert.True(format.TryParse(shown, out var back));
        Assert.Equal(id, back);
        Assert.Equal(shown, format.Show(id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Uuid_DiffersPerSalt_AndNeitherReadsTheOthers(long id)
    {
        var orders = IdFormat.Uuid(Salt);
        var others = IdFormat.Uuid(Salt + 1);

        Assert.NotEqual(orders.Show(id), others.Show(id));
        Assert.False(others.TryParse(orders.Show(id), out _), "a UUID of one salt read as an id of another");
        Assert.False(orders.TryParse(others.Show(id), out _), "a UUID of one salt read as an id of another");
    }

    [Fact]
    public void Uuid_DistinctIds_GiveDistinctUuids()
    {
        var format = IdFormat.Uuid(Salt);

        var shown = Enumerable.Range(1, 10_000).Select(i => format.Show(i)).ToList();

        Assert.Equal(shown.Count, shown.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Uuid_AnyCharacterChanged_DoesNotReadAsTheSameId(long id)
    {
        var format = IdFormat.Uuid(Salt);
        var shown = format.Show(id);

        for (var position = 0; position < shown.Length; position++)
        {
            foreach (var replacement in "0123456789abcdefgz-")
            {
                if (replacement == shown[position])
                {
                    continue;
                }

                var changed = shown[..position] + replacement + shown[(position + 1)..];
                Assert.False(format.TryParse(changed, out var read) && read == id, $"'{changed}' (position {position}) read as id {id}");
                Assert.False(format.TryParse(changed, out _), $"'{changed}' (position {position}) read as an id");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("1293384261075731499")]
    [InlineData("12ade33a-21c0-473b-b055-b3c836e1c292")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("not a uuid at all, but 36 chars long")]
    public void Uuid_StringsItNeverWrites_DoNotRead(string text)
    {
        Assert.False(IdFormat.Uuid(Salt).TryParse(text, out _));
    }

    [Fact]
    public void Uuid_WithExtraOrMissingCharacters_DoesNotRead()
    {
        var format = IdFormat.Uuid(Salt);
        var shown = format.Show(1293384261075731499);

        Assert.False(format.TryParse(shown + "0", out _));
        Assert.False(format.TryParse(shown[..^1], out _));
        Assert.False(format.TryParse(" " + shown[1..], out _));
        Assert.False(format.TryParse("{" + shown + "}", out _));
        Assert.False(format.TryParse(shown.Replace("-", string.Empty, StringComparison.Ordinal), out _));
    }
}
