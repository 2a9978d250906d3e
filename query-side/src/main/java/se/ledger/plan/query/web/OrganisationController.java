package se.ledger.plan.query.web;

import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.ledger.plan.query.PlanViews.OrganisationView;
import se.ledger.plan.query.api.FindOrganisations;
import se.ledger.plan.query.web.ReadTime.KnownAt;
import se.ledger.platform.Roles;

/** The organisation units (fullmäktige, nämnder, förvaltningar, enheter) with their plans. */
@RestController
@PreAuthorize(Roles.READER)
class OrganisationController {

    private final Ask ask;

    OrganisationController(Ask ask) {
        this.ask = ask;
    }

    @GetMapping("/api/organisations")
    List<OrganisationView> organisations(KnownAt at) {
        return ask.query(new FindOrganisations(at.asOf()), multipleInstancesOf(OrganisationView.class));
    }
}
