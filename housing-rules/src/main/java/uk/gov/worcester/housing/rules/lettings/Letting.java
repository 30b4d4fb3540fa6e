package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.Band;

/** A letting made through the register: what strategy reporting counts. No personal data. */
@Value.Immutable
@HousingStyle
public abstract class Letting {
  public abstract AdvertId advert();

  public abstract ApplicationId application();

  public abstract LocalDate letOn();

  public abstract LocalAuthority district();

  public abstract int bedrooms();

  /** The band the household held when let to. */
  public abstract Band band();

  /** The household was owed a homelessness duty when let to. */
  public abstract boolean owedHomelessnessDuty();

  /** The letting of an advert to the application on {@code letOn}. */
  public static Letting of(Advert advert, ApplicationId application, LocalDate letOn, Band band,
      boolean owedHomelessnessDuty) {
    return ImmutableLetting.builder().advert(advert.id()).application(application).letOn(letOn)
        .district(advert.district()).bedrooms(advert.bedrooms()).band(band).owedHomelessnessDuty(owedHomelessnessDuty)
        .build();
  }
}
