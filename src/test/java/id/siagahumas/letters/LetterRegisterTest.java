package id.siagahumas.letters;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.support.SiagaSpringTest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The register on the real database: approvals numbering at once get distinct, consecutive numbers. */
@SiagaSpringTest
class LetterRegisterTest {

  @Autowired LetterRegister register;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void concurrentApprovalsNeverShareANumber() throws Exception {
    TransactionTemplate approval = new TransactionTemplate(transactions);
    String unit = "uji-register-" + System.nanoTime();
    ExecutorService approvers = Executors.newFixedThreadPool(6);
    List<Future<Integer>> numbers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      numbers.add(approvers.submit(() -> approval.execute(tx -> register.next(unit, 2026))));
    }
    List<Integer> taken = new ArrayList<>();
    for (Future<Integer> number : numbers) {
      taken.add(number.get());
    }
    approvers.shutdown();
    assertThat(taken).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
    assertThat((int) approval.execute(tx -> register.next(unit, 2027))).as("a new year starts again at 1").isEqualTo(1);
  }

  @Test
  void aRolledBackApprovalGivesItsNumberBack() {
    TransactionTemplate approval = new TransactionTemplate(transactions);
    String unit = "uji-batal-" + System.nanoTime();
    approval.execute(tx -> register.next(unit, 2026));
    approval.executeWithoutResult(tx -> {
      register.next(unit, 2026);
      tx.setRollbackOnly();
    });
    assertThat((int) approval.execute(tx -> register.next(unit, 2026))).isEqualTo(2);
  }

  @Test
  void theUnitsFormatMakesTheNumber() {
    ZonedDateTime march = ZonedDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneId.of("Asia/Makassar"));
    assertThat(LetterRegister.format("W.6.PAS.1-HM.01.01/{bulan}/{tahun}-{nomor}", 42, march))
        .isEqualTo("W.6.PAS.1-HM.01.01/III/2026-42");
  }
}
