package io.github.jixiao.jackson.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.reading.Direction;
import io.github.jixiao.core.reading.Quantity;
import io.github.jixiao.core.reading.Reading;
import io.github.jixiao.core.reading.Unit;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.IndicatorAssessment;
import io.github.jixiao.core.scoring.LevelScore;
import io.github.jixiao.jackson.JixiaoModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each part of a scorecard written on its own by a mapper, as the scorecard document writes it. */
class ScorecardSerializersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

  private static final Reading LIST = new Reading.ListOf("电视、广播、自媒体", List.of("电视", "广播", "自媒体"));
  private static final Reading BARE =
      new Reading.AtLeast("150", new Quantity(new BigDecimal("150"), Unit.NONE));

  @Test
  void aListIsWrittenWithItsItems() throws Exception {
    assertEquals(
        "{\"kind\":\"LIST\",\"text\":\"电视、广播、自媒体\",\"items\":[\"电视\",\"广播\",\"自媒体\"]}",
        MAPPER.writeValueAsString(LIST));
  }

  @Test
  void aBareNumberIsWrittenWithANullUnitAndAnyOtherWithItsSymbol() throws Exception {
    assertEquals(
        "{\"kind\":\"AT_LEAST\",\"text\":\"150\",\"value\":150,\"unit\":null}",
        MAPPER.writeValueAsString(BARE));
    Reading cap =
        new Reading.AtMost(
            "≤1650元/批次", new Quantity(new BigDecimal("1650"), Unit.parse("元/批次").orElseThrow()));
    assertEquals(
        "{\"kind\":\"AT_MOST\",\"text\":\"≤1650元/批次\",\"value\":1650,\"unit\":\"元/批次\"}",
        MAPPER.writeValueAsString(cap));
  }

  @Test
  void aDeadlineADirectionAndTextNotReadAreWrittenWithWhatWasFound() throws Exception {
    assertEquals(
        "{\"kind\":\"DEADLINE\",\"text\":\"2024年12月底前\",\"date\":\"2024-12-31\"}",
        MAPPER.writeValueAsString(new Reading.Deadline("2024年12月底前", LocalDate.of(2024, 12, 31))));
    assertEquals(
        "{\"kind\":\"QUALITATIVE\",\"text\":\"提升\",\"direction\":\"UP\"}",
        MAPPER.writeValueAsString(new Reading.Qualitative("提升", Direction.UP)));
    assertEquals(
        "{\"kind\":\"UNRECOGNIZED\",\"text\":\"见附件\"}",
        MAPPER.writeValueAsString(new Reading.Unrecognized("见附件")));
  }

  @Test
  void anAssessmentIsWrittenWithItsPathReadingsAndSuggestion() throws Exception {
    IndicatorAssessment suggested =
        new IndicatorAssessment(
            FormPath.indicator(1, 0, 2), LIST, BARE, Optional.of(new BigDecimal("12.5")));
    assertEquals(
        "{\"path\":\"$.levels[1].categories[0].indicators[2]\",\"target\":"
            + MAPPER.writeValueAsString(LIST)
            + ",\"actual\":"
            + MAPPER.writeValueAsString(BARE)
            + ",\"suggestedScore\":12.5}",
        MAPPER.writeValueAsString(suggested));
    IndicatorAssessment leftToJudgement =
        new IndicatorAssessment(FormPath.indicator(1, 0, 2), LIST, BARE, Optional.empty());
    assertEquals(
        MAPPER.writeValueAsString(suggested).replace("12.5}", "null}"),
        MAPPER.writeValueAsString(leftToJudgement));
  }

  @Test
  void theFundingAndALevelScoreAreWrittenAsTheScorecardWritesThem() throws Exception {
    assertEquals(
        "{\"weight\":10,\"executionRate\":null,\"score\":0}",
        MAPPER.writeValueAsString(
            new FundingScore(BigDecimal.TEN, Optional.empty(), BigDecimal.ZERO)));
    assertEquals(
        "{\"level\":\"OUTPUT\",\"weight\":50,\"score\":39.29}",
        MAPPER.writeValueAsString(
            new LevelScore(Level.OUTPUT, new BigDecimal("50"), new BigDecimal("39.29"))));
  }
}
