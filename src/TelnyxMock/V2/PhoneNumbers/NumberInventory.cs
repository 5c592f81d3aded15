using System.Globalization;
using PhoneNumbers;

namespace TelnyxMock.V2.PhoneNumbers;

/// <summary>
/// A block of the synthetic inventory: 10,000 numbers of one country, type and place, each the calling code, the
/// national destination code, the block's fixed digits and four more. The order the block offers them in is fixed
/// (a step through the 10,000 that visits each once), so the same search gives the same numbers.
/// </summary>
public sealed record NumberBlock(
    string Country, string Type, string CallingCode, string Ndc, string Fixed, string? Locality, string? AdministrativeArea, string? RateCenter)
{
    public const int Size = 10_000;

    private const int Step = 7_919;

    private int Offset => (int)((long.Parse(Ndc + Fixed, CultureInfo.InvariantCulture) * 31) % Size);

    /// <summary>The national number (without the calling code) of the block's <paramref name="index"/>th number.</summary>
    public string National(int index) => Ndc + Fixed + (((index * (long)Step) + Offset) % Size).ToString("D4", CultureInfo.InvariantCulture);

    public string Number(int index) => $"+{CallingCode}{National(index)}";

    /// <summary>Whether <paramref name="e164"/> is one of this block's numbers.</summary>
    public bool Holds(string e164) =>
        e164.Length == 1 + CallingCode.Length + Ndc.Length + Fixed.Length + 4 && e164.AsSpan(1).StartsWith(CallingCode + Ndc + Fixed, StringComparison.Ordinal);
}

/// <summary>
/// The numbers the mock offers (<c>GET /v2/available_phone_numbers</c>) and what it knows of any number ordered: a
/// fixed, synthetic inventory of local, toll-free and mobile numbers in the US, Canada, the UK, Germany, the
/// Netherlands and Australia, with each type's features and prices. A number outside it may still be ordered; its
/// country and type then come from libphonenumber's metadata.
/// </summary>
public static class NumberInventory
{
    public static readonly string[] Countries = ["US", "CA", "GB", "DE", "NL", "AU"];

    public static readonly string[] Types = ["local", "toll_free", "mobile", "national", "shared_cost"];

    public static readonly string[] Features = ["sms", "mms", "voice", "fax", "emergency", "hd_voice", "international_sms", "local_calling"];

    public static readonly IReadOnlyList<NumberBlock> Blocks =
    [
        Local("US", "1", "970", "224", "Fort Collins", "CO", "FORT COLLINS"),
        Local("US", "1", "303", "416", "Denver", "CO", "DENVER"),
        Local("US", "1", "312", "586", "Chicago", "IL", "CHICAGO"),
        Local("US", "1", "212", "739", "New York", "NY", "NEW YORK CITY"),
        Local("US", "1", "415", "523", "San Francisco", "CA", "SAN FRANCISCO"),
        Local("US", "1", "512", "436", "Austin", "TX", "AUSTIN"),
        Local("US", "1", "206", "324", "Seattle", "WA", "SEATTLE"),
        Local("US", "1", "617", "830", "Boston", "MA", "BOSTON"),
        National("US", "1", "toll_free", "888", "339"),
        National("US", "1", "toll_free", "877", "804"),
        National("US", "1", "toll_free", "800", "715"),
        Local("CA", "1", "416", "362", "Toronto", "ON", "TORONTO"),
        Local("CA", "1", "604", "681", "Vancouver", "BC", "VANCOUVER"),
        Local("CA", "1", "514", "282", "Montreal", "QC", "MONTREAL"),
        National("CA", "1", "toll_free", "833", "542"),
        Local("GB", "44", "20", "7946", "London", "England", null),
        Local("GB", "44", "161", "496", "Manchester", "England", null),
        Local("GB", "44", "131", "496", "Edinburgh", "Scotland", null),
        National("GB", "44", "mobile", "7700", "90"),
        National("GB", "44", "toll_free", "800", "123"),
        Local("DE", "49", "30", "1234", "Berlin", "Berlin", null),
        Local("DE", "49", "89", "5432", "Munich", "Bavaria", null),
        Local("DE", "49", "40", "8822", "Hamburg", "Hamburg", null),
        National("DE", "49", "mobile", "151", "2345"),
        National("DE", "49", "toll_free", "800", "123"),
        Local("NL", "31", "20", "555", "Amsterdam", "North Holland", null),
        Local("NL", "31", "10", "714", "Rotterdam", "South Holland", null),
        National("NL", "31", "mobile", "6", "1234"),
        National("NL", "31", "toll_free", "800", string.Empty),
        Local("AU", "61", "2", "9374", "Sydney", "NSW", null),
        Local("AU", "61", "3", "9654", "Melbourne", "VIC", null),
        National("AU", "61", "mobile", "4", "1234"),
        National("AU", "61", "toll_free", "1800", "55"),
    ];

    /// <summary>The features a number of this country and type has.</summary>
    public static string[] FeaturesOf(string country, string type) => (country, type) switch
    {
        ("US" or "CA", "local") => ["sms", "mms", "voice", "fax", "emergency", "hd_voice"],
        (_, "local") => ["voice", "fax", "emergency"],
        (_, "mobile") => ["sms", "mms", "voice"],
        _ => ["sms", "voice"],
    };

    /// <summary>What a number of this country and type costs, in USD: (upfront, monthly).</summary>
    public static (string Upfront, string Monthly) CostOf(string country, string type) => (country, type) switch
    {
        ("US" or "CA", "local") => ("1.00", "1.00"),
        ("US" or "CA", _) => ("1.00", "2.00"),
        (_, "mobile") => ("2.00", "4.00"),
        (_, "toll_free") => ("5.00", "10.00"),
        _ => ("1.00", "2.50"),
    };

    /// <summary>A +1 toll-free number may be used at once after purchase.</summary>
    public static bool Quickship(NumberBlock block) => block.CallingCode == "1" && block.Type == "toll_free";

    /// <summary>US and Canadian local numbers may be reserved before purchase.</summary>
    public static bool Reservable(NumberBlock block) => block.CallingCode == "1" && block.Type == "local";

    /// <summary>
    /// The country (ISO 3166-1 alpha-2) and type of any E.164 number: the inventory's, or libphonenumber's; null for a
    /// number of no country, or of a length no number of its country has.
    /// </summary>
    public static (string Country, string Type)? Classify(string e164)
    {
        if (Blocks.FirstOrDefault(b => b.Holds(e164)) is { } block)
        {
            return (block.Country, block.Type);
        }

        var util = PhoneNumberUtil.GetInstance();
        PhoneNumber parsed;
        try
        {
            parsed = util.Parse(e164, null);
        }
        catch (NumberParseException)
        {
            return null;
        }

        if (!util.IsPossibleNumber(parsed))
        {
            return null;
        }

        var region = util.GetRegionCodeForNumber(parsed) ?? util.GetRegionCodeForCountryCode(parsed.CountryCode);
        if (region is null or "ZZ" or "001")
        {
            return null;
        }

        var type = util.GetNumberType(parsed) switch
        {
            PhoneNumberType.MOBILE => "mobile",
            PhoneNumberType.TOLL_FREE => "toll_free",
            PhoneNumberType.SHARED_COST => "shared_cost",
            PhoneNumberType.FIXED_LINE or PhoneNumberType.FIXED_LINE_OR_MOBILE => "local",
            _ => "national",
        };
        return (region, type);
    }

    private static NumberBlock Local(string country, string code, string ndc, string fixedDigits, string locality, string area, string? rateCenter) =>
        new(country, "local", code, ndc, fixedDigits, locality, area, rateCenter);

    private static NumberBlock National(string country, string code, string type, string ndc, string fixedDigits) =>
        new(country, type, code, ndc, fixedDigits, null, null, null);
}
