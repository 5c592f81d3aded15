using TelnyxMock.Common.Errors;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Coverage;

/// <summary>
/// The lists the tests run through are complete: every endpoint of the mock's <c>EndpointDataSource</c> belongs to a
/// surface the tests enumerate, every Telnyx endpoint is an operation of the security matrix (generated from a
/// registration or named in <see cref="TelnyxOperations.Others"/>), and every registration can be created from what it
/// declares. A new route or registration without a case fails here, named.
/// </summary>
public sealed class CoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryEndpoint_IsOfTheTelnyxSurface_OrTheControlApi_OrOutOfTheDocuments()
    {
        var strays = MockModel.Endpoints.Where(e => !(e.IsTelnyx && !e.Route.StartsWith("/_mock", StringComparison.Ordinal))
            && !(e.Surface == Surface.Control && e.Route.StartsWith("/_mock/", StringComparison.Ordinal))
            && !(e.Surface is null && e.Document is null && e.Method != "*")).ToList();

        Assert.True(strays.Count == 0, "Endpoints the tests do not enumerate (neither a V1/V2 route, nor a /_mock route of the control surface, "
            + "nor a single-method route left out of the OpenAPI documents):\n" + string.Join("\n", strays));
        Assert.NotEmpty(MockModel.Telnyx);
        output.WriteLine($"{MockModel.Endpoints.Count} endpoints: {MockModel.Telnyx.Count()} Telnyx, {MockModel.Endpoints.Count(e => e.Surface == Surface.Control)} control, "
            + $"{MockModel.Endpoints.Count(e => e.Surface is null)} outside both ({string.Join(", ", MockModel.Endpoints.Where(e => e.Surface is null))})");
    }

    [Fact]
    public void EveryTelnyxEndpoint_IsAnOperationOfTheSecurityMatrix()
    {
        var covered = TelnyxOperations.All.Select(o => o.Endpoint).ToHashSet();
        var missing = MockModel.Telnyx.Where(e => !covered.Contains(e)).ToList();

        Assert.True(TelnyxOperations.Unexplained.Count == 0, "Telnyx endpoints neither in a V2 registration's collection nor in TelnyxOperations.Others "
            + "(add each there, with the rows its route parameter names and its body):\n" + string.Join("\n", TelnyxOperations.Unexplained));
        Assert.True(missing.Count == 0, "Telnyx endpoints without an operation:\n" + string.Join("\n", missing));
        var twoParameters = MockModel.Telnyx.Where(e => e.Parameters.Count > 1).ToList();
        Assert.True(twoParameters.Count == 0, "Routes whose several parameters an operation cannot fill (Call.Request fills one):\n" + string.Join("\n", twoParameters));
        Assert.Equal(MockModel.Telnyx.Count(), covered.Count);
        Assert.Equal(TelnyxOperations.All.Count, TelnyxOperations.All.Select(o => o.Name).Distinct().Count());
        output.WriteLine($"{covered.Count} Telnyx endpoints, {TelnyxOperations.All.Count} operations:\n" + string.Join("\n", TelnyxOperations.All));
    }

    [Fact]
    public void EveryOtherEndpoint_IsAnEndpointOfTheMock_OutsideEveryV2Registration()
    {
        var stale = TelnyxOperations.Others.Where(o => !MockModel.Telnyx.Any(e => e.Method == o.Method && e.Route == o.Route)).ToList();
        var generated = TelnyxOperations.Others.Where(o => MockModel.Holding(o.Route) is not null).ToList();

        Assert.True(stale.Count == 0, "TelnyxOperations.Others names endpoints the mock does not have:\n" + string.Join("\n", stale));
        Assert.True(generated.Count == 0, "TelnyxOperations.Others names endpoints a V2 registration already accounts for:\n" + string.Join("\n", generated));
        Assert.All(TelnyxOperations.Others, o => Assert.NotEmpty(MockModel.OfRowType(o.Names)));
    }

    [Fact]
    public void EveryRegistration_IsTheTargetOfSomeOperation_AndEveryV2One_ServesItsFiveOperations()
    {
        var untargeted = MockModel.Resources.Where(r => !TelnyxOperations.All.Any(o => o.Target == r)).Select(r => r.Definition.Name).ToList();
        var absent = MockModel.V2Registrations.SelectMany(r => r.Five.Where(f => !MockModel.Endpoints.Any(e => e.Method == f.Method && e.Route == f.Route))
            .Select(f => $"{r}: {f.Method} {f.Route}")).ToList();

        Assert.True(untargeted.Count == 0, "Registrations no operation of the security matrix creates: " + string.Join(", ", untargeted));
        Assert.True(absent.Count == 0, "V2 registrations without one of their five operations:\n" + string.Join("\n", absent));
        Assert.NotEmpty(MockModel.V2Registrations);
    }

    [Fact]
    public void EveryTelnyxEndpoint_DocumentsExactlyOneSuccessStatus()
    {
        var unclear = MockModel.Telnyx.Where(e => e.Statuses.Count(s => s is >= 200 and < 300) != 1)
            .Select(e => $"{e}: {string.Join(", ", e.Statuses)}").ToList();

        Assert.True(unclear.Count == 0, "Telnyx endpoints whose success status the tests cannot tell:\n" + string.Join("\n", unclear));
    }

    [Fact]
    public async Task EveryRegistration_IsCreatedFromWhatItDeclares_Twice_AndFromItsRequiredFieldsAlone()
    {
        using var app = new TelnyxMockApplication();
        var maker = new ResourceMaker(app.BearerClient("KEY_maker"));

        foreach (var resource in MockModel.Resources)
        {
            // Twice: unique fields take a fresh value each time.
            var first = await maker.CreateAsync(resource);
            var second = await maker.CreateAsync(resource);
            var minimal = await maker.CreateAsync(resource, await maker.CreateBodyAsync(resource, minimal: true));

            Assert.Equal(3, new[] { first.Id, second.Id, minimal.Id }.Distinct().Count());
        }

        output.WriteLine($"{MockModel.Resources.Count} registrations created three times each in {maker.Sent} requests");
    }
}
