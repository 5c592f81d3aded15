using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Data;
using TelnyxMock.Hosting;
using TelnyxMock.Resources;

namespace TelnyxMock.V2;

/// <summary>
/// The five operations every V2 resource has (list, create, retrieve, update, delete), written once for all of them
/// from a resource's definition and its <see cref="V2Resource{TRow}"/>: Bearer auth, per-account
/// isolation, the V2 envelopes, every failure of a body at once, partial updates, and writes that run with their
/// cross-row checks and consequences in one write transaction.
/// </summary>
public static class V2ResourceApi
{
    public static RouteGroupBuilder MapV2Resource<TRow>(this IEndpointRouteBuilder app, V2Resource<TRow> resource)
        where TRow : StoredResource, new()
    {
        var definition = resource.Definition;
        var group = app.MapGroup(resource.Path)
            .WithTags(resource.Tag)
            .WithGroupName(OpenApiDocuments.Telnyx)
            .WithSurface(Surface.V2)
            .AddEndpointFilter<AuthFilter>()
            .AddEndpointFilter<ValidationFilter>()
            .ProducesV2Errors(StatusCodes.Status401Unauthorized, StatusCodes.Status500InternalServerError);

        group.MapGet("/", (HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken) =>
                ListAsync(resource, request, db, account, cancellationToken))
            .WithName($"List{resource.Plural}")
            .WithQueryParameters(resource.ListParameters)
            .WithSummary($"List {resource.Nouns}")
            .WithDescription(resource.ListDescription ?? $"Returns a page of your {resource.Nouns.ToLowerInvariant()}, filtered and sorted.")
            .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Page)
            .ProducesV2Errors(StatusCodes.Status400BadRequest);

        group.MapPost("/", (ResourceBody body, MockDbContext db, CurrentAccount account, IdGenerator ids, TimeProvider clock, CancellationToken cancellationToken) =>
                CreateAsync(resource, body, db, account, ids, clock, cancellationToken))
            .WithName($"Create{resource.Singular}")
            .WithSummary($"Create {resource.Noun}")
            .WithDescription(resource.CreateDescription ?? $"Creates {resource.Noun}; fields left out take their defaults.")
            .AcceptsResource(definition)
            .ChecksMergedResult()
            .WithRequestExample(resource.CreateExample)
            .ProducesResource(definition, StatusCodes.Status201Created, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id}", (string id, MockDbContext db, CurrentAccount account) => RetrieveAsync(resource, id, db, account))
            .WithName($"Retrieve{resource.Singular}")
            .WithSummary($"Retrieve {resource.Noun}")
            .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status404NotFound);

        group.MapPatch("/{id}", (string id, ResourceBody body, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken) =>
                UpdateAsync(resource, id, body, db, account, clock, cancellationToken))
            .WithName($"Update{resource.Singular}")
            .WithSummary($"Update {resource.Noun}")
            .WithDescription(resource.UpdateDescription ?? "Fields left out, at any depth, are left unchanged.")
            .AcceptsResource(definition)
            .ChecksMergedResult()
            .WithRequestExample(resource.UpdateExample)
            .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{id}", (string id, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken) =>
                DeleteAsync(resource, id, db, account, clock, cancellationToken))
            .WithName($"Delete{resource.Singular}")
            .WithSummary($"Delete {resource.Noun}")
            .WithDescription(resource.DeleteDescription ?? "Deletes it and returns it.")
            .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<IResult> ListAsync<TRow>(
        V2Resource<TRow> resource, HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
        where TRow : StoredResource, new()
    {
        var (query, errors) = resource.ReadList(request.Query, db);
        if (query is null || errors.Count > 0)
        {
            return V2Errors.Instance.InvalidQuery(errors);
        }

        var filtered = query.Filter(db.Set<TRow>().Where(c => c.Account == account.Name));
        var total = await db.CountAsync(filtered, (typeof(TRow), account.Name, query.FilterKey), cancellationToken);
        var documents = await query.Sort(filtered)
            .Skip((int)Math.Min((long)(query.PageNumber - 1) * query.PageSize, int.MaxValue))
            .Take(query.PageSize)
            .Select(c => c.Document)
            .ToListAsync(cancellationToken);
        return ResourceJson.Page(documents, PaginationMeta.Of(query.PageNumber, query.PageSize, total));
    }

    private static async Task<IResult> CreateAsync<TRow>(
        V2Resource<TRow> resource, ResourceBody body, MockDbContext db, CurrentAccount account, IdGenerator ids,
        TimeProvider clock, CancellationToken cancellationToken)
        where TRow : StoredResource, new()
    {
        var definition = resource.Definition;
        var now = clock.UtcNowMilliseconds();
        var id = ids.Next();
        var document = definition.New(id, now);
        definition.Apply(document, body.Values);

        // The checks against other rows and the insert see the same state: no other write of this store runs between them.
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var call = new V2Call(db, account.Name, now, cancellationToken);
        var context = resource.Context is null ? new RuleContext(Creating: true) : await resource.Context(call, document, null);
        var errors = body.AllFailures(definition.Check(document, context));
        if (errors.Count > 0)
        {
            return V2Errors.ValidationResult(errors);
        }

        var row = new TRow { Id = id, Account = account.Name, CreatedAt = now, UpdatedAt = now };
        row.Write(document);
        resource.Link?.Invoke(row, document);
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ResourceJson.Data(row.Document, StatusCodes.Status201Created, $"{resource.Path}/{id}");
    }

    private static async Task<IResult> RetrieveAsync<TRow>(V2Resource<TRow> resource, string id, MockDbContext db, CurrentAccount account)
        where TRow : StoredResource, new()
    {
        var document = V2Resource<TRow>.TryParseId(id, out var key) ? await Reads<TRow>.DocumentById(db, key, account.Name) : null;
        return document is null ? V2Errors.NotFoundResult() : ResourceJson.Data(document);
    }

    private static async Task<IResult> UpdateAsync<TRow>(
        V2Resource<TRow> resource, string id, ResourceBody body, MockDbContext db, CurrentAccount account,
        TimeProvider clock, CancellationToken cancellationToken)
        where TRow : StoredResource, new()
    {
        var definition = resource.Definition;
        var now = clock.UtcNowMilliseconds();
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var call = new V2Call(db, account.Name, now, cancellationToken);
        while (true)
        {
            var row = V2Resource<TRow>.TryParseId(id, out var key)
                ? await db.Set<TRow>().AsTracking().FirstOrDefaultAsync(c => c.Id == key && c.Account == account.Name, cancellationToken)
                : null;
            if (row is null)
            {
                // A body that fails its own rules is answered as such, whether or not the id exists.
                return body.FieldFailures.Count > 0 ? V2Errors.ValidationResult(body.FieldFailures) : V2Errors.NotFoundResult();
            }

            var previous = row.Read();
            var document = row.Read();
            definition.Apply(document, body.Values);
            var context = resource.Context is null ? new RuleContext(Creating: false) : await resource.Context(call, document, row);
            var errors = body.AllFailures(definition.Check(document, context));
            if (errors.Count > 0)
            {
                return V2Errors.ValidationResult(errors);
            }

            row.UpdatedAt = ResourceDefinition.Touch(document, row.UpdatedAt, now);
            row.Write(document);
            resource.Link?.Invoke(row, document);
            if (!await db.SaveUnlessChangedAsync(cancellationToken))
            {
                continue;
            }

            if (resource.AfterUpdate is { } after)
            {
                await after(call, row, previous);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return ResourceJson.Data(row.Document);
        }
    }

    private static async Task<IResult> DeleteAsync<TRow>(
        V2Resource<TRow> resource, string id, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken)
        where TRow : StoredResource, new()
    {
        if (!V2Resource<TRow>.TryParseId(id, out var key))
        {
            return V2Errors.NotFoundResult();
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var row = await db.Set<TRow>().FirstOrDefaultAsync(c => c.Id == key && c.Account == account.Name, cancellationToken);
        if (row is null)
        {
            return V2Errors.NotFoundResult();
        }

        if (resource.BeforeDelete is { } before)
        {
            await before(new V2Call(db, account.Name, clock.UtcNowMilliseconds(), cancellationToken), row);
            await db.SaveChangesAsync(cancellationToken);
        }

        await db.Set<TRow>().Where(c => c.Id == key && c.Account == account.Name).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ResourceJson.Data(row.Document);
    }

    /// <summary>
    /// The hottest read of each resource, compiled once per model (SQLite's and PostgreSQL's are different models)
    /// instead of translated per request; it reads only the document.
    /// </summary>
    private static class Reads<TRow>
        where TRow : StoredResource
    {
        private static readonly ConditionalWeakTable<IModel, Func<MockDbContext, long, string, Task<string?>>> ByModel = [];

        public static Task<string?> DocumentById(MockDbContext db, long key, string account) =>
            ByModel.GetValue(db.Model, _ => EF.CompileAsyncQuery((MockDbContext db, long key, string account) =>
                db.Set<TRow>().Where(c => c.Id == key && c.Account == account).Select(c => c.Document).FirstOrDefault()))(db, key, account);
    }
}
