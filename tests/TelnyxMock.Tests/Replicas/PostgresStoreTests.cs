using Microsoft.Extensions.Configuration;
using Npgsql;
using TelnyxMock.Data;

namespace TelnyxMock.Tests.Replicas;

/// <summary>How the PostgreSQL store is chosen and connects; none of these needs a server.</summary>
public sealed class PostgresStoreTests
{
    private static MockStore From(params (string Key, string Value)[] settings) =>
        MockStore.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

    [Fact]
    public void TheStoreSetting_ChoosesTheStore_SqliteByDefault()
    {
        using var sqlite = From();
        using var postgres = From(("TelnyxMock:Store", "PostgreS"), ("ConnectionStrings:TelnyxMock", "Host=db;Username=u"));

        Assert.Equal("sqlite-file", sqlite.Name);
        Assert.False(sqlite.IsShared);
        Assert.Equal("postgres", postgres.Name);
        Assert.True(postgres.IsShared);
    }

    [Fact]
    public void AReplicasResourcePool_IsBounded_UnlessTheConnectionStringSaysOtherwise()
    {
        using var store = new PostgresStore("Host=db;Username=u;Database=telnyxmock");
        using var sized = new PostgresStore("Host=db;Username=u;Maximum Pool Size=5");

        Assert.Equal(PostgresStore.DefaultPoolSize, new NpgsqlConnectionStringBuilder(store.ConnectionString).MaxPoolSize);
        Assert.Equal(5, new NpgsqlConnectionStringBuilder(sized.ConnectionString).MaxPoolSize);
        Assert.Equal("db", new NpgsqlConnectionStringBuilder(store.ConnectionString).Host);
    }

    [Theory]
    [InlineData("mysql", "Host=db", "TelnyxMock:Store must be 'sqlite' or 'postgres', got 'mysql'.")]
    [InlineData("postgres", "", "TelnyxMock:Store is 'postgres': set ConnectionStrings:TelnyxMock")]
    [InlineData("postgres", "Data Source=telnyxmock.db", "TelnyxMock:Store is 'postgres': set ConnectionStrings:TelnyxMock")]
    public void AStoreSettingThatCannotWork_IsRefusedWithItsReason(string store, string connection, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => From(("TelnyxMock:Store", store), ("ConnectionStrings:TelnyxMock", connection)));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
