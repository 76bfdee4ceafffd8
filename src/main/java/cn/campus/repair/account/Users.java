package cn.campus.repair.account;

import cn.campus.repair.common.Sequences;
import cn.campus.repair.common.Times;
import cn.campus.repair.common.TransactionMemo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
public class Users {

  private static final String COLUMNS =
      "id, phone, name, role, department, address, specialties, password_hash";

  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final TransactionMemo<String, User> byId = new TransactionMemo<>("app_user by id");

  Users(JdbcClient jdbc, Sequences sequences) {
    this.jdbc = jdbc;
    this.sequences = sequences;
  }

  public Optional<User> findById(String id) {
    return byId.get(id, this::read);
  }

  private Optional<User> read(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
        .param("id", id)
        .query(Users::map)
        .optional();
  }

  public Optional<User> findByPhone(String phone) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE phone = :phone")
        .param("phone", phone)
        .query(Users::map)
        .optional();
  }

  /** The accounts of these ids that exist; those this transaction has read already are not read again. */
  public Map<String, User> findAll(Collection<String> ids) {
    return byId.getAll(ids, unread -> jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id IN (:ids)")
        .param("ids", unread)
        .query(Users::map)
        .list()
        .stream()
        .collect(Collectors.toMap(User::id, Function.identity())));
  }

  public List<User> findByRole(Role role) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE role = :role ORDER BY created_at")
        .param("role", role.name())
        .query(Users::map)
        .list();
  }

  /** Inserts a new account; a taken phone surfaces as Spring's DuplicateKeyException. */
  public User create(String phone, String name, Role role, List<String> specialties) {
    String id = sequences.nextUserId();
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO app_user (id, phone, name, role, specialties, created_at, updated_at)
            VALUES (:id, :phone, :name, :role, :specialties, :now, :now)""")
        .param("id", id)
        .param("phone", phone)
        .param("name", name)
        .param("role", role.name())
        .param("specialties", String.join(",", specialties))
        .param("now", Times.toDb(now))
        .update();
    return new User(id, phone, name, role, null, null, specialties, null);
  }

  public void updateProfile(String id, String name, String department, String address) {
    jdbc.sql("""
            UPDATE app_user SET name = :name, department = :department, address = :address,
              updated_at = :now WHERE id = :id""")
        .param("id", id)
        .param("name", name)
        .param("department", department)
        .param("address", address)
        .param("now", Times.toDb(Instant.now()))
        .update();
    byId.forget(id);
  }

  public void updatePasswordHash(String id, String passwordHash) {
    jdbc.sql("UPDATE app_user SET password_hash = :hash, updated_at = :now WHERE id = :id")
        .param("id", id)
        .param("hash", passwordHash)
        .param("now", Times.toDb(Instant.now()))
        .update();
    byId.forget(id);
  }

  static User map(ResultSet rs, int row) throws SQLException {
    String specialties = rs.getString("specialties");
    return new User(
        rs.getString("id"),
        rs.getString("phone"),
        rs.getString("name"),
        Role.valueOf(rs.getString("role")),
        rs.getString("department"),
        rs.getString("address"),
        specialties == null || specialties.isBlank() ? List.of() : Arrays.asList(specialties.split(",")),
        rs.getString("password_hash"));
  }
}
