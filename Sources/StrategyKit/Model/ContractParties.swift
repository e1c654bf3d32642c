import Foundation

/// A value of the contract that may not be known yet: JSON `null` in contract.json, rendered
/// as a visible blank to fill and warned about by `check` once an act is due.
public struct Fillable<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value; nil while not filled in.
    public var value: Value?
    /// Where it is (or would be) written.
    public var location: SourceLocation

    /// Creates a field.
    public init(_ value: Value?, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// Whether the value is still to be filled in.
    public var isBlank: Bool { value == nil }
}

/// The parties to the contract as an act in the Kyrgyz Republic names them: the customer in
/// the person of its representative acting under its charter; the consultant with name,
/// identification, tax number (ИНН), address and the bank account the ToR asks for (post-
/// payment by bank transfer).
public struct ContractParties: Hashable, Sendable {
    /// The customer's representative's position, in the form «в лице …» takes
    /// («Председателя Правления», "the Chair of the Board").
    public var customerPosition: LocalizedText?
    /// The representative's name.
    public var customerSignatory: Fillable<LocalizedText>
    /// What the representative acts under, in the form «действующего на основании …» takes
    /// («Устава», "the Charter").
    public var customerBasis: LocalizedText?
    /// The customer's tax number.
    public var customerINN: Fillable<String>
    /// The consultant's name (a person, entrepreneur or company).
    public var consultantName: Fillable<LocalizedText>
    /// Passport or state registration certificate (seed 000, qualification 1).
    public var consultantIdentification: Fillable<LocalizedText>
    /// The consultant's tax number.
    public var consultantINN: Fillable<String>
    /// The consultant's address.
    public var consultantAddress: Fillable<LocalizedText>
    /// The consultant's bank.
    public var consultantBank: Fillable<LocalizedText>
    /// The consultant's account.
    public var consultantAccount: Fillable<String>
    /// The bank's identification code (БИК).
    public var consultantBIC: Fillable<String>

    /// Every field still blank, with a name for messages.
    public var blanks: [(name: String, location: SourceLocation)] {
        var result: [(String, SourceLocation)] = []
        func add<V>(_ field: Fillable<V>, _ name: String) { if field.isBlank { result.append((name, field.location)) } }
        add(customerSignatory, "customer.signatory")
        add(customerINN, "customer.inn")
        add(consultantName, "consultant.name")
        add(consultantIdentification, "consultant.identification")
        add(consultantINN, "consultant.inn")
        add(consultantAddress, "consultant.address")
        add(consultantBank, "consultant.bank")
        add(consultantAccount, "consultant.account")
        add(consultantBIC, "consultant.bic")
        return result
    }
}

/// How the contract's amounts are taxed: data, since it depends on whether the consultant is a
/// person, an entrepreneur or a company, which seed 000 leaves open.
public struct TaxTreatment: Hashable, Sendable {
    /// Whether the contract's amounts are before or after what the customer withholds.
    public enum Basis: String, CaseIterable, Hashable, Sendable {
        /// Before withholding: the customer withholds the taxes below and pays the rest.
        case gross
        /// What the consultant receives; any tax is the customer's on top.
        case net
    }

    /// Value-added tax on the services.
    public enum VAT: String, CaseIterable, Hashable, Sendable {
        /// «НДС не облагается».
        case exempt
        /// Included in the amounts at ``TaxTreatment/vatRate``.
        case included
    }

    /// A tax the customer withholds as tax agent.
    public struct Withholding: Hashable, Sendable {
        /// Its name.
        public var name: LocalizedText
        /// Percent of the gross amount, exact.
        public var rate: Located<Decimal>
    }

    /// Gross or net; nil while not known.
    public var basis: Fillable<Basis>
    /// What is withheld (with a gross basis).
    public var withheld: [Withholding]
    /// VAT; nil while not known.
    public var vat: Fillable<VAT>
    /// The VAT rate, percent, when included.
    public var vatRate: Located<Decimal>?
}
