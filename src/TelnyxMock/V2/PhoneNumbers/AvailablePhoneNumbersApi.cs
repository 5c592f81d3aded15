using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;

namespace TelnyxMock.V2.PhoneNumbers;

/// <summary>
/// Telnyx's number search, <c>GET /v2/available_phone_numbers</c>, over the mock's synthetic inventory
/// (<see cref="NumberInventory"/>): the same query gives the same numbers, and a number any account owns is never offered.
/// </summary>
public static class AvailablePhoneNumbersApi
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 1000;

    private static readonly QueryParameter Country = new("filter[country_code]", QueryKind.String,
        $"The country (ISO 3166-1 alpha-2) to search; US when left out. The inventory holds {string.Join(", ", NumberInventory.Countries)}: any other country has no numbers.")
    { Default = "US" };

    private static readonly QueryParameter Ndc = new("filter[national_destination_code]", QueryKind.String, "The national destination (area) code, such as 970 or 20.");

    private static readonly QueryParameter Locality = new("filter[locality]", QueryKind.String, "The city, such as Denver (case-insensitively).");

    private static readonly QueryParameter Area = new("filter[administrative_area]", QueryKind.String, "The state or province, such as CO or ON (case-insensitively).");

    private static readonly QueryParameter RateCenter = new("filter[rate_center]", QueryKind.String, "The rate center (US and Canada), such as DENVER (case-insensitively).");

    private static readonly QueryParameter StartsWith = new("filter[phone_number][starts_with]", QueryKind.String,
        "Numbers whose national number (after the area code, when filter[national_destination_code] is given) starts with these digits; letters count as their keypad digits.");

    private static readonly QueryParameter EndsWith = new("filter[phone_number][ends_with]", QueryKind.String, "Numbers whose national number ends with these digits (or keypad letters).");

    private static readonly QueryParameter Contains = new("filter[phone_number][contains]", QueryKind.String, "Numbers whose national number contains these digits (or keypad letters).");

    private static readonly QueryParameter Type = new("filter[phone_number_type]", QueryKind.Enum, "The type of number.") { Values = NumberInventory.Types };

    private static readonly QueryParameter Features = new("filter[features]", QueryKind.String,
        $"Features every number must have, comma-separated or repeated: {string.Join(", ", NumberInventory.Features)}.");

    private static readonly QueryParameter Limit = new("filter[limit]", QueryKind.Integer, "The most numbers to return.")
    { Minimum = 1, Maximum = MaxLimit, Default = DefaultLimit };

    private static readonly QueryParameter Quickship = new("filter[quickship]", QueryKind.Boolean, "true: only numbers usable at once after purchase (+1 toll-free).");

    private static readonly QueryParameter Reservable = new("filter[reservable]", QueryKind.Boolean, "true: only numbers that can be reserved (US and Canadian local).");

    private static readonly QueryParameter BestEffort = new("filter[best_effort]", QueryKind.Boolean, "Accepted: the mock's results always match exactly (best_effort false).");

    private static readonly QueryParameter ExcludeHeld = new("filter[exclude_held_numbers]", QueryKind.Boolean, "Accepted: the mock holds no numbers for anyone.");

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
        [Country, Ndc, Locality, Area, RateCenter, StartsWith, EndsWith, Contains, Type, Features, Limit, Quickship, Reservable, BestEffort, ExcludeHeld];

    public static RouteGroupBuilder MapAvailablePhoneNumbers(this IEndpointRouteBuilder app)
    {
        var group = app.MapSurface<AuthFilter>("/v2/available_phone_numbers", "Phone Number Search", Surface.V2);
        group.MapGet("/", SearchAsync)
            .WithOperation("ListAvailablePhoneNumbers", "List available phone numbers",
                "Searches the mock's synthetic inventory: the same query gives the same numbers, numbers that any account owns are left out, and a number deleted is offered again.")
            .WithQueryParameters(Parameters)
            .Produces<AvailablePhoneNumbersPage>()
            .ProducesV2Errors(StatusCodes.Status400BadRequest);
        return group;
    }

    public static async Task<IResult> SearchAsync(HttpRequest request, MockDbContext db, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(request.Query, V2ListParameters.ToPointer);
        var country = reader.String(Country) ?? "US";
        if (Resources.Formats.CountryCode.Problem(country) is { } problem)
        {
            reader.Fail(Country.Name, $"{Country.Name} {problem}");
        }

        var ndc = Digits(reader, Ndc, keypad: false);
        var locality = reader.String(Locality);
        var area = reader.String(Area);
        var rateCenter = reader.String(RateCenter);
        var startsWith = Digits(reader, StartsWith, keypad: true);
        var endsWith = Digits(reader, EndsWith, keypad: true);
        var contains = Digits(reader, Contains, keypad: true);
        var type = reader.OneOf(Type);
        var features = FeaturesOf(reader);
        var limit = reader.Integer(Limit);
        var quickship = reader.Boolean(Quickship);
        var reservable = reader.Boolean(Reservable);
        reader.Boolean(BestEffort);
        reader.Boolean(ExcludeHeld);
        if (reader.Errors.Count > 0)
        {
            return V2Errors.Instance.InvalidQuery(reader.Errors);
        }

        var blocks = NumberInventory.Blocks.Where(b => b.Country == country
            && (ndc is null || b.Ndc == ndc)
            && Same(locality, b.Locality) && Same(area, b.AdministrativeArea) && Same(rateCenter, b.RateCenter)
            && (type is null || b.Type == type)
            && features.All(NumberInventory.FeaturesOf(b.Country, b.Type).Contains)
            && (!quickship || NumberInventory.Quickship(b))
            && (!reservable || NumberInventory.Reservable(b)));

        var found = new List<AvailablePhoneNumber>(limit);
        foreach (var block in blocks)
        {
            var matching = Enumerable.Range(0, NumberBlock.Size)
                .Where(i => Matches(block, block.National(i), ndc is not null, startsWith, endsWith, contains))
                .Select(block.Number);
            foreach (var batch in matching.Chunk(Math.Max(limit, 100)))
            {
                var owned = await db.Set<PhoneNumberRow>().Where(p => batch.Contains(p.PhoneNumber)).Select(p => p.PhoneNumber).ToListAsync(cancellationToken);
                found.AddRange(batch.Except(owned).Take(limit - found.Count).Select(number => Offer(block, number)));
                if (found.Count == limit)
                {
                    return Answer(found);
                }
            }
        }

        return Answer(found);
    }

    private static IResult Answer(List<AvailablePhoneNumber> found)
    {
        var metadata = new SearchMetadata(found.Count, 0);
        return TypedResults.Ok(new AvailablePhoneNumbersPage(found, metadata, metadata));
    }

    private static AvailablePhoneNumber Offer(NumberBlock block, string number)
    {
        var (upfront, monthly) = NumberInventory.CostOf(block.Country, block.Type);
        List<RegionInformation> regions = [new(block.Country, "country_code")];
        if (block.RateCenter is { } rateCenter)
        {
            regions.Add(new(rateCenter, "rate_center"));
        }

        if (block.AdministrativeArea is { } area)
        {
            regions.Add(new(area, "state"));
        }

        if (block.Locality is { } locality)
        {
            regions.Add(new(locality, "location"));
        }

        return new AvailablePhoneNumber(false, new CostInformation("USD", monthly, upfront),
            [.. NumberInventory.FeaturesOf(block.Country, block.Type).Select(f => new Feature(f))], number,
            NumberInventory.Quickship(block), "available_phone_number", regions, NumberInventory.Reservable(block), string.Empty);
    }

    /// <summary>
    /// Whether a national number matches the digit patterns; with a national destination code asked for, the patterns
    /// apply to what follows it, as Telnyx's do.
    /// </summary>
    private static bool Matches(NumberBlock block, string national, bool afterNdc, string? startsWith, string? endsWith, string? contains)
    {
        var digits = afterNdc ? national[block.Ndc.Length..] : national;
        return (startsWith is null || digits.StartsWith(startsWith, StringComparison.Ordinal))
            && (endsWith is null || digits.EndsWith(endsWith, StringComparison.Ordinal))
            && (contains is null || digits.Contains(contains, StringComparison.Ordinal));
    }

    private static bool Same(string? asked, string? value) => asked is null || string.Equals(asked, value, StringComparison.OrdinalIgnoreCase);

    /// <summary>A digit pattern (letters read as their keypad digits where <paramref name="keypad"/>), or the error that says it is not one.</summary>
    private static string? Digits(QueryReader reader, QueryParameter parameter, bool keypad)
    {
        if (reader.String(parameter) is not { } text)
        {
            return null;
        }

        var digits = keypad ? new string([.. text.Select(Keypad)]) : text;
        if (digits.Length is 0 or > 15 || !digits.All(char.IsAsciiDigit))
        {
            reader.Fail(parameter.Name, $"{parameter.Name} must be 1 to 15 digits{(keypad ? " (letters count as their keypad digits)" : string.Empty)}, got '{Common.Validation.RuleExtensions.Clip(text)}'.");
            return null;
        }

        return digits;
    }

    private static char Keypad(char c) => char.ToUpperInvariant(c) switch
    {
        >= 'A' and <= 'C' => '2',
        >= 'D' and <= 'F' => '3',
        >= 'G' and <= 'I' => '4',
        >= 'J' and <= 'L' => '5',
        >= 'M' and <= 'O' => '6',
        >= 'P' and <= 'S' => '7',
        >= 'T' and <= 'V' => '8',
        >= 'W' and <= 'Z' => '9',
        _ => c,
    };

    /// <summary><c>filter[features]</c>: comma-separated (as the official SDKs send arrays), repeated, or indexed (<c>filter[features][0]</c>).</summary>
    private static List<string> FeaturesOf(QueryReader reader)
    {
        var given = reader.All(Features.Name);
        var features = given.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (var unknown in features.Where(f => !NumberInventory.Features.Contains(f)).Distinct())
        {
            reader.Fail(Features.Name, $"{Features.Name} must name features among {string.Join(", ", NumberInventory.Features)}, got '{Common.Validation.RuleExtensions.Clip(unknown)}'.");
        }

        return features;
    }
}

/// <summary>A search's answer: the numbers, and how many there are (in both <c>meta</c> and <c>metadata</c>, as the reference has them).</summary>
public sealed record AvailablePhoneNumbersPage(IReadOnlyList<AvailablePhoneNumber> Data, SearchMetadata Meta, SearchMetadata Metadata);

public sealed record SearchMetadata(int TotalResults, int BestEffortResults);

/// <summary>One number on offer, as the reference's <c>AvailablePhoneNumber</c> orders it.</summary>
public sealed record AvailablePhoneNumber(
    bool BestEffort, CostInformation CostInformation, IReadOnlyList<Feature> Features, string PhoneNumber, bool Quickship, string RecordType,
    IReadOnlyList<RegionInformation> RegionInformation, bool Reservable, string VanityFormat);

public sealed record CostInformation(string Currency, string MonthlyCost, string UpfrontCost);

public sealed record Feature(string Name);

public sealed record RegionInformation(string RegionName, string RegionType);
