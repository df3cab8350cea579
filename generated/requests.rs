/// Every operation's request checks, compiled from the spec's request schemas.
static OPERATION_CHECKS: &[OperationChecks] = &[
    OperationChecks {
        operation_id: "listApiKeys",
        parameters: &[],
        body: None,
    },
    OperationChecks {
        operation_id: "createApiKey",
        parameters: &[],
        body: Some(&SCHEMA_0),
    },
    OperationChecks {
        operation_id: "getApiKeyUsage",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_5,
            },
            ParameterChecks {
                name: "limit",
                location: "query",
                required: false,
                schema: &SCHEMA_6,
            },
            ParameterChecks {
                name: "before",
                location: "query",
                required: false,
                schema: &SCHEMA_7,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "revokeApiKey",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_8,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "getCareerPortal",
        parameters: &[
            ParameterChecks {
                name: "orgSlug",
                location: "path",
                required: true,
                schema: &SCHEMA_9,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "getPublicJob",
        parameters: &[
            ParameterChecks {
                name: "orgSlug",
                location: "path",
                required: true,
                schema: &SCHEMA_10,
            },
            ParameterChecks {
                name: "roleId",
                location: "path",
                required: true,
                schema: &SCHEMA_11,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "applyToPublicJob",
        parameters: &[
            ParameterChecks {
                name: "orgSlug",
                location: "path",
                required: true,
                schema: &SCHEMA_12,
            },
        ],
        body: Some(&SCHEMA_13),
    },
    OperationChecks {
        operation_id: "getMe",
        parameters: &[],
        body: None,
    },
    OperationChecks {
        operation_id: "listCandidates",
        parameters: &[
            ParameterChecks {
                name: "page",
                location: "query",
                required: false,
                schema: &SCHEMA_17,
            },
            ParameterChecks {
                name: "pageSize",
                location: "query",
                required: false,
                schema: &SCHEMA_18,
            },
            ParameterChecks {
                name: "roleId",
                location: "query",
                required: false,
                schema: &SCHEMA_19,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "getCandidate",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_20,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "updateCandidate",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_21,
            },
        ],
        body: Some(&SCHEMA_22),
    },
    OperationChecks {
        operation_id: "getCandidateSteps",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_29,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "listRoles",
        parameters: &[
            ParameterChecks {
                name: "page",
                location: "query",
                required: false,
                schema: &SCHEMA_30,
            },
            ParameterChecks {
                name: "pageSize",
                location: "query",
                required: false,
                schema: &SCHEMA_31,
            },
            ParameterChecks {
                name: "organizationId",
                location: "query",
                required: false,
                schema: &SCHEMA_32,
            },
            ParameterChecks {
                name: "status",
                location: "query",
                required: false,
                schema: &SCHEMA_33,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "getRole",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_34,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "updateRole",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_35,
            },
        ],
        body: Some(&SCHEMA_36),
    },
    OperationChecks {
        operation_id: "getRoleSteps",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_51,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "listTests",
        parameters: &[
            ParameterChecks {
                name: "page",
                location: "query",
                required: false,
                schema: &SCHEMA_52,
            },
            ParameterChecks {
                name: "pageSize",
                location: "query",
                required: false,
                schema: &SCHEMA_53,
            },
            ParameterChecks {
                name: "type",
                location: "query",
                required: false,
                schema: &SCHEMA_54,
            },
            ParameterChecks {
                name: "analysisCategory",
                location: "query",
                required: false,
                schema: &SCHEMA_55,
            },
            ParameterChecks {
                name: "language",
                location: "query",
                required: false,
                schema: &SCHEMA_56,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "getTest",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_57,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "updateTest",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_58,
            },
        ],
        body: Some(&SCHEMA_59),
    },
    OperationChecks {
        operation_id: "listPotentialCandidates",
        parameters: &[
            ParameterChecks {
                name: "page",
                location: "query",
                required: false,
                schema: &SCHEMA_68,
            },
            ParameterChecks {
                name: "pageSize",
                location: "query",
                required: false,
                schema: &SCHEMA_69,
            },
            ParameterChecks {
                name: "roleId",
                location: "query",
                required: false,
                schema: &SCHEMA_70,
            },
            ParameterChecks {
                name: "status",
                location: "query",
                required: false,
                schema: &SCHEMA_71,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "createPotentialCandidate",
        parameters: &[],
        body: Some(&SCHEMA_72),
    },
    OperationChecks {
        operation_id: "getPotentialCandidate",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_83,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "deletePotentialCandidate",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_84,
            },
        ],
        body: None,
    },
    OperationChecks {
        operation_id: "updatePotentialCandidate",
        parameters: &[
            ParameterChecks {
                name: "id",
                location: "path",
                required: true,
                schema: &SCHEMA_85,
            },
        ],
        body: Some(&SCHEMA_86),
    },
    OperationChecks {
        operation_id: "getCvScreeningBatch",
        parameters: &[
            ParameterChecks {
                name: "batchId",
                location: "path",
                required: true,
                schema: &SCHEMA_96,
            },
            ParameterChecks {
                name: "page",
                location: "query",
                required: false,
                schema: &SCHEMA_97,
            },
            ParameterChecks {
                name: "pageSize",
                location: "query",
                required: false,
                schema: &SCHEMA_98,
            },
        ],
        body: None,
    },
];
/// `/operations/createApiKey/body`
static SCHEMA_0: Schema = Schema {
    reference: Some(&SCHEMA_1),
    ..Schema::ANY
};
/// `/components/schemas/CreateApiKeyRequest`
static SCHEMA_1: Schema = Schema {
    types: OBJECT,
    properties: &[
        ("name", &SCHEMA_2),
        ("userId", &SCHEMA_3),
        ("expiresInDays", &SCHEMA_4),
    ],
    required: &["name", "userId"],
    ..Schema::ANY
};
/// `/components/schemas/CreateApiKeyRequest/properties/name`
static SCHEMA_2: Schema = Schema {
    types: STRING,
    max_length: Some(255u64),
    ..Schema::ANY
};
/// `/components/schemas/CreateApiKeyRequest/properties/userId`
static SCHEMA_3: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/CreateApiKeyRequest/properties/expiresInDays`
static SCHEMA_4: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 1f64, text: "1" }),
    maximum: Some(Limit {
        value: 365f64,
        text: "365",
    }),
    ..Schema::ANY
};
/// `/operations/getApiKeyUsage/parameters/0/schema`
static SCHEMA_5: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getApiKeyUsage/parameters/1/schema`
static SCHEMA_6: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 1f64, text: "1" }),
    maximum: Some(Limit {
        value: 500f64,
        text: "500",
    }),
    ..Schema::ANY
};
/// `/operations/getApiKeyUsage/parameters/2/schema`
static SCHEMA_7: Schema = Schema {
    types: STRING,
    format: Some(Format::DateTime),
    ..Schema::ANY
};
/// `/operations/revokeApiKey/parameters/0/schema`
static SCHEMA_8: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getCareerPortal/parameters/0/schema`
static SCHEMA_9: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getPublicJob/parameters/0/schema`
static SCHEMA_10: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getPublicJob/parameters/1/schema`
static SCHEMA_11: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/applyToPublicJob/parameters/0/schema`
static SCHEMA_12: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/applyToPublicJob/body`
static SCHEMA_13: Schema = Schema {
    reference: Some(&SCHEMA_14),
    ..Schema::ANY
};
/// `/components/schemas/ApplyToPublicJobRequest`
static SCHEMA_14: Schema = Schema {
    types: OBJECT,
    properties: &[("roleId", &SCHEMA_15), ("locale", &SCHEMA_16)],
    required: &["roleId"],
    ..Schema::ANY
};
/// `/components/schemas/ApplyToPublicJobRequest/properties/roleId`
static SCHEMA_15: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/ApplyToPublicJobRequest/properties/locale`
static SCHEMA_16: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/listCandidates/parameters/0/schema`
static SCHEMA_17: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 0f64, text: "0" }),
    ..Schema::ANY
};
/// `/operations/listCandidates/parameters/1/schema`
static SCHEMA_18: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 1f64, text: "1" }),
    maximum: Some(Limit {
        value: 100f64,
        text: "100",
    }),
    ..Schema::ANY
};
/// `/operations/listCandidates/parameters/2/schema`
static SCHEMA_19: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getCandidate/parameters/0/schema`
static SCHEMA_20: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/updateCandidate/parameters/0/schema`
static SCHEMA_21: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/updateCandidate/body`
static SCHEMA_22: Schema = Schema {
    reference: Some(&SCHEMA_23),
    ..Schema::ANY
};
/// `/components/schemas/CandidateUpdate`
static SCHEMA_23: Schema = Schema {
    types: OBJECT,
    min_properties: Some(1u64),
    properties: &[
        ("fullName", &SCHEMA_24),
        ("status", &SCHEMA_25),
        ("email", &SCHEMA_26),
        ("phone", &SCHEMA_27),
        ("summary", &SCHEMA_28),
    ],
    ..Schema::ANY
};
/// `/components/schemas/CandidateUpdate/properties/fullName`
static SCHEMA_24: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/CandidateUpdate/properties/status`
static SCHEMA_25: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/CandidateUpdate/properties/email`
static SCHEMA_26: Schema = Schema {
    types: STRING | NULL,
    format: Some(Format::Email),
    ..Schema::ANY
};
/// `/components/schemas/CandidateUpdate/properties/phone`
static SCHEMA_27: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/CandidateUpdate/properties/summary`
static SCHEMA_28: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/operations/getCandidateSteps/parameters/0/schema`
static SCHEMA_29: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/listRoles/parameters/0/schema`
static SCHEMA_30: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 0f64, text: "0" }),
    ..Schema::ANY
};
/// `/operations/listRoles/parameters/1/schema`
static SCHEMA_31: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 1f64, text: "1" }),
    maximum: Some(Limit {
        value: 100f64,
        text: "100",
    }),
    ..Schema::ANY
};
/// `/operations/listRoles/parameters/2/schema`
static SCHEMA_32: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/listRoles/parameters/3/schema`
static SCHEMA_33: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getRole/parameters/0/schema`
static SCHEMA_34: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/updateRole/parameters/0/schema`
static SCHEMA_35: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/updateRole/body`
static SCHEMA_36: Schema = Schema {
    reference: Some(&SCHEMA_37),
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate`
static SCHEMA_37: Schema = Schema {
    types: OBJECT,
    min_properties: Some(1u64),
    properties: &[
        ("name", &SCHEMA_38),
        ("status", &SCHEMA_39),
        ("priority", &SCHEMA_40),
        ("department", &SCHEMA_41),
        ("location", &SCHEMA_42),
        ("workType", &SCHEMA_43),
        ("salaryMin", &SCHEMA_44),
        ("salaryMax", &SCHEMA_45),
        ("salaryCurrency", &SCHEMA_46),
        ("salaryPeriod", &SCHEMA_47),
        ("targetHireCount", &SCHEMA_48),
        ("roleLevel", &SCHEMA_49),
        ("isPublic", &SCHEMA_50),
    ],
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/name`
static SCHEMA_38: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/status`
static SCHEMA_39: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/priority`
static SCHEMA_40: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/department`
static SCHEMA_41: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/location`
static SCHEMA_42: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/workType`
static SCHEMA_43: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/salaryMin`
static SCHEMA_44: Schema = Schema {
    types: INTEGER | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/salaryMax`
static SCHEMA_45: Schema = Schema {
    types: INTEGER | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/salaryCurrency`
static SCHEMA_46: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/salaryPeriod`
static SCHEMA_47: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/targetHireCount`
static SCHEMA_48: Schema = Schema {
    types: INTEGER | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/roleLevel`
static SCHEMA_49: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/RoleUpdate/properties/isPublic`
static SCHEMA_50: Schema = Schema {
    types: BOOLEAN,
    ..Schema::ANY
};
/// `/operations/getRoleSteps/parameters/0/schema`
static SCHEMA_51: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/listTests/parameters/0/schema`
static SCHEMA_52: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 0f64, text: "0" }),
    ..Schema::ANY
};
/// `/operations/listTests/parameters/1/schema`
static SCHEMA_53: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 1f64, text: "1" }),
    maximum: Some(Limit {
        value: 100f64,
        text: "100",
    }),
    ..Schema::ANY
};
/// `/operations/listTests/parameters/2/schema`
static SCHEMA_54: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/listTests/parameters/3/schema`
static SCHEMA_55: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/listTests/parameters/4/schema`
static SCHEMA_56: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getTest/parameters/0/schema`
static SCHEMA_57: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/updateTest/parameters/0/schema`
static SCHEMA_58: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/updateTest/body`
static SCHEMA_59: Schema = Schema {
    reference: Some(&SCHEMA_60),
    ..Schema::ANY
};
/// `/components/schemas/TestUpdate`
static SCHEMA_60: Schema = Schema {
    types: OBJECT,
    min_properties: Some(1u64),
    properties: &[
        ("name", &SCHEMA_61),
        ("description", &SCHEMA_62),
        ("analysisCategory", &SCHEMA_63),
        ("language", &SCHEMA_64),
        ("type", &SCHEMA_65),
        ("targetPersona", &SCHEMA_66),
        ("duration", &SCHEMA_67),
    ],
    ..Schema::ANY
};
/// `/components/schemas/TestUpdate/properties/name`
static SCHEMA_61: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/TestUpdate/properties/description`
static SCHEMA_62: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/TestUpdate/properties/analysisCategory`
static SCHEMA_63: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/TestUpdate/properties/language`
static SCHEMA_64: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/TestUpdate/properties/type`
static SCHEMA_65: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/TestUpdate/properties/targetPersona`
static SCHEMA_66: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/TestUpdate/properties/duration`
static SCHEMA_67: Schema = Schema {
    types: INTEGER,
    ..Schema::ANY
};
/// `/operations/listPotentialCandidates/parameters/0/schema`
static SCHEMA_68: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 0f64, text: "0" }),
    ..Schema::ANY
};
/// `/operations/listPotentialCandidates/parameters/1/schema`
static SCHEMA_69: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 1f64, text: "1" }),
    maximum: Some(Limit {
        value: 100f64,
        text: "100",
    }),
    ..Schema::ANY
};
/// `/operations/listPotentialCandidates/parameters/2/schema`
static SCHEMA_70: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/listPotentialCandidates/parameters/3/schema`
static SCHEMA_71: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/createPotentialCandidate/body`
static SCHEMA_72: Schema = Schema {
    reference: Some(&SCHEMA_73),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate`
static SCHEMA_73: Schema = Schema {
    types: OBJECT,
    properties: &[
        ("fullName", &SCHEMA_74),
        ("organizationId", &SCHEMA_75),
        ("email", &SCHEMA_76),
        ("contactEmail", &SCHEMA_77),
        ("phone", &SCHEMA_78),
        ("summary", &SCHEMA_79),
        ("skills", &SCHEMA_80),
        ("status", &SCHEMA_82),
    ],
    required: &["fullName", "organizationId"],
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/fullName`
static SCHEMA_74: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/organizationId`
static SCHEMA_75: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/email`
static SCHEMA_76: Schema = Schema {
    types: STRING,
    format: Some(Format::Email),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/contactEmail`
static SCHEMA_77: Schema = Schema {
    types: STRING,
    format: Some(Format::Email),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/phone`
static SCHEMA_78: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/summary`
static SCHEMA_79: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/skills`
static SCHEMA_80: Schema = Schema {
    types: ARRAY,
    items: Some(&SCHEMA_81),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/skills/items`
static SCHEMA_81: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateCreate/properties/status`
static SCHEMA_82: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/operations/getPotentialCandidate/parameters/0/schema`
static SCHEMA_83: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/deletePotentialCandidate/parameters/0/schema`
static SCHEMA_84: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/updatePotentialCandidate/parameters/0/schema`
static SCHEMA_85: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/updatePotentialCandidate/body`
static SCHEMA_86: Schema = Schema {
    reference: Some(&SCHEMA_87),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate`
static SCHEMA_87: Schema = Schema {
    types: OBJECT,
    min_properties: Some(1u64),
    properties: &[
        ("fullName", &SCHEMA_88),
        ("status", &SCHEMA_89),
        ("email", &SCHEMA_90),
        ("contactEmail", &SCHEMA_91),
        ("phone", &SCHEMA_92),
        ("summary", &SCHEMA_93),
        ("skills", &SCHEMA_94),
    ],
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate/properties/fullName`
static SCHEMA_88: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate/properties/status`
static SCHEMA_89: Schema = Schema {
    types: STRING,
    min_length: Some(1u64),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate/properties/email`
static SCHEMA_90: Schema = Schema {
    types: STRING | NULL,
    format: Some(Format::Email),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate/properties/contactEmail`
static SCHEMA_91: Schema = Schema {
    types: STRING | NULL,
    format: Some(Format::Email),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate/properties/phone`
static SCHEMA_92: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate/properties/summary`
static SCHEMA_93: Schema = Schema {
    types: STRING | NULL,
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate/properties/skills`
static SCHEMA_94: Schema = Schema {
    types: ARRAY,
    items: Some(&SCHEMA_95),
    ..Schema::ANY
};
/// `/components/schemas/PotentialCandidateUpdate/properties/skills/items`
static SCHEMA_95: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getCvScreeningBatch/parameters/0/schema`
static SCHEMA_96: Schema = Schema {
    types: STRING,
    ..Schema::ANY
};
/// `/operations/getCvScreeningBatch/parameters/1/schema`
static SCHEMA_97: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 0f64, text: "0" }),
    ..Schema::ANY
};
/// `/operations/getCvScreeningBatch/parameters/2/schema`
static SCHEMA_98: Schema = Schema {
    types: INTEGER,
    minimum: Some(Limit { value: 1f64, text: "1" }),
    maximum: Some(Limit {
        value: 100f64,
        text: "100",
    }),
    ..Schema::ANY
};
/// The request-schema document the checks were compiled from (JSON Schema 2020-12:
/// `components.schemas` and, per `operationId`, `body` and `parameters`), for the SDK's
/// tests, which hold the checks to a JSON Schema validator's verdicts.
#[cfg(test)]
pub(crate) const REQUEST_SCHEMAS: &str = "{\"components\":{\"schemas\":{\"LegacyError\":{\"type\":\"object\",\"properties\":{\"error\":{\"type\":\"string\"}},\"required\":[\"error\"]},\"V1Error\":{\"type\":\"object\",\"properties\":{\"error\":{\"type\":\"string\"},\"message\":{\"type\":\"string\"},\"requiredScopes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"grantedScopes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"details\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"error\"]},\"CreateApiKeyRequest\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"maxLength\":255},\"userId\":{\"type\":\"string\"},\"expiresInDays\":{\"type\":\"integer\",\"default\":90,\"minimum\":1,\"maximum\":365}},\"required\":[\"name\",\"userId\"]},\"CreatedApiKey\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"key\":{\"type\":\"string\",\"pattern\":\"^tr_\",\"minLength\":67,\"maxLength\":67},\"prefix\":{\"type\":\"string\",\"const\":\"tr_\"},\"start\":{\"type\":\"string\"},\"expiresAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"userId\":{\"type\":\"string\"}},\"required\":[\"id\",\"name\",\"key\",\"prefix\",\"start\",\"expiresAt\",\"userId\"]},\"CreateApiKeyResponse\":{\"type\":\"object\",\"properties\":{\"success\":{\"type\":\"boolean\",\"const\":true},\"data\":{\"$ref\":\"#/components/schemas/CreatedApiKey\"}},\"required\":[\"success\",\"data\"]},\"ApiKeyOwner\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"platformRole\":{\"type\":\"string\"},\"orgRole\":{\"type\":[\"string\",\"null\"]},\"organizationId\":{\"type\":[\"string\",\"null\"]}},\"required\":[\"id\",\"email\",\"name\",\"platformRole\",\"orgRole\",\"organizationId\"]},\"ApiKey\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":[\"string\",\"null\"]},\"prefix\":{\"type\":\"string\",\"const\":\"tr_\"},\"start\":{\"type\":\"string\"},\"enabled\":{\"type\":\"boolean\"},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"lastRequest\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"},\"expiresAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"},\"requestCount\":{\"type\":\"integer\",\"minimum\":0},\"owner\":{\"$ref\":\"#/components/schemas/ApiKeyOwner\"}},\"required\":[\"id\",\"name\",\"prefix\",\"start\",\"enabled\",\"createdAt\",\"updatedAt\",\"lastRequest\",\"expiresAt\",\"requestCount\",\"owner\"]},\"ApiKeyListResponse\":{\"type\":\"object\",\"properties\":{\"success\":{\"type\":\"boolean\",\"const\":true},\"data\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/ApiKey\"}}},\"required\":[\"success\",\"data\"]},\"ApiKeyOwnerSummary\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"}},\"required\":[\"id\",\"email\",\"name\"]},\"ApiKeyUsageKey\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":[\"string\",\"null\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"lastRequest\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"},\"requestCount\":{\"type\":\"integer\",\"minimum\":0},\"owner\":{\"$ref\":\"#/components/schemas/ApiKeyOwnerSummary\"}},\"required\":[\"id\",\"name\",\"createdAt\",\"lastRequest\",\"requestCount\",\"owner\"]},\"ApiKeyUsageEntry\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"timestamp\":{\"type\":\"string\",\"format\":\"date-time\"},\"method\":{\"type\":\"string\"},\"path\":{\"type\":\"string\"},\"ip\":{\"type\":[\"string\",\"null\"]},\"userAgent\":{\"type\":[\"string\",\"null\"]},\"authEndpoint\":{\"type\":\"string\"}},\"required\":[\"id\",\"timestamp\",\"method\",\"path\",\"ip\",\"userAgent\",\"authEndpoint\"]},\"CursorPagination\":{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"maximum\":500,\"minimum\":1},\"hasMore\":{\"type\":\"boolean\"},\"nextBefore\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"}},\"required\":[\"limit\",\"hasMore\"]},\"ApiKeyUsage\":{\"type\":\"object\",\"properties\":{\"key\":{\"$ref\":\"#/components/schemas/ApiKeyUsageKey\"},\"rows\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/ApiKeyUsageEntry\"}},\"pagination\":{\"$ref\":\"#/components/schemas/CursorPagination\"}},\"required\":[\"key\",\"rows\",\"pagination\"]},\"ApiKeyUsageResponse\":{\"type\":\"object\",\"properties\":{\"success\":{\"type\":\"boolean\",\"const\":true},\"data\":{\"$ref\":\"#/components/schemas/ApiKeyUsage\"}},\"required\":[\"success\",\"data\"]},\"RevokeApiKeyResponse\":{\"type\":\"object\",\"properties\":{\"success\":{\"type\":\"boolean\",\"const\":true}},\"required\":[\"success\"]},\"PortalTheme\":{\"type\":\"object\",\"properties\":{\"primaryColor\":{\"type\":\"string\"},\"showSalary\":{\"type\":\"boolean\"}},\"required\":[\"showSalary\"]},\"PortalOrganization\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"logo\":{\"type\":[\"string\",\"null\"]},\"slug\":{\"type\":\"string\"},\"domain\":{\"type\":[\"string\",\"null\"]},\"portalTheme\":{\"$ref\":\"#/components/schemas/PortalTheme\"}},\"required\":[\"name\",\"logo\",\"slug\",\"domain\",\"portalTheme\"]},\"PublicRole\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"description\":{\"type\":[\"object\",\"null\"]},\"department\":{\"type\":[\"string\",\"null\"]},\"location\":{\"type\":[\"string\",\"null\"]},\"workType\":{\"type\":[\"string\",\"null\"]},\"collarType\":{\"type\":[\"string\",\"null\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"]},\"salaryMax\":{\"type\":[\"integer\",\"null\"]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"]},\"salaryPeriod\":{\"type\":[\"string\",\"null\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"id\",\"name\",\"description\",\"department\",\"location\",\"workType\",\"collarType\",\"createdAt\"]},\"CareerPortal\":{\"type\":\"object\",\"properties\":{\"org\":{\"$ref\":\"#/components/schemas/PortalOrganization\"},\"roles\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/PublicRole\"}}},\"required\":[\"org\",\"roles\"]},\"PublicJob\":{\"type\":\"object\",\"properties\":{\"org\":{\"$ref\":\"#/components/schemas/PortalOrganization\"},\"role\":{\"$ref\":\"#/components/schemas/PublicRole\"}},\"required\":[\"org\",\"role\"]},\"ApplyToPublicJobRequest\":{\"type\":\"object\",\"properties\":{\"roleId\":{\"type\":\"string\"},\"locale\":{\"type\":\"string\",\"default\":\"en\"}},\"required\":[\"roleId\"]},\"PublicApplication\":{\"type\":\"object\",\"properties\":{\"inviteUrl\":{\"type\":\"string\",\"format\":\"uri\"}},\"required\":[\"inviteUrl\"]},\"MeUser\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},\"role\":{\"type\":\"string\"}},\"required\":[\"id\",\"email\",\"role\"]},\"MeAuth\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\"},\"keyId\":{\"type\":\"string\"},\"scopes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"type\"]},\"Me\":{\"type\":\"object\",\"properties\":{\"user\":{\"$ref\":\"#/components/schemas/MeUser\"},\"auth\":{\"$ref\":\"#/components/schemas/MeAuth\"}},\"required\":[\"user\",\"auth\"]},\"OffsetPagination\":{\"type\":\"object\",\"properties\":{\"page\":{\"type\":\"integer\",\"minimum\":0},\"pageSize\":{\"type\":\"integer\",\"maximum\":100,\"minimum\":1},\"totalCount\":{\"type\":\"integer\",\"minimum\":0},\"totalPages\":{\"type\":\"integer\",\"minimum\":0}},\"required\":[\"page\",\"pageSize\",\"totalCount\",\"totalPages\"]},\"StepType\":{\"type\":\"string\"},\"CandidateRoleAssignment\":{\"type\":\"object\",\"properties\":{\"roleId\":{\"type\":\"string\"},\"roleName\":{\"type\":\"string\"},\"organizationId\":{\"type\":\"string\"},\"status\":{\"type\":\"string\"},\"overallFitScore\":{\"type\":\"integer\",\"maximum\":100,\"minimum\":-1},\"approved\":{\"type\":\"boolean\"}},\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"overallFitScore\",\"approved\"]},\"Candidate\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"fullName\":{\"type\":\"string\"},\"email\":{\"type\":[\"string\",\"null\"]},\"phone\":{\"type\":[\"string\",\"null\"]},\"status\":{\"type\":\"string\"},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"roles\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/CandidateRoleAssignment\"}}},\"required\":[\"id\",\"fullName\",\"email\",\"phone\",\"status\",\"createdAt\",\"updatedAt\",\"roles\"]},\"CandidateList\":{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Candidate\"}},\"pagination\":{\"$ref\":\"#/components/schemas/OffsetPagination\"}},\"required\":[\"data\",\"pagination\"]},\"CandidateUpdate\":{\"type\":\"object\",\"minProperties\":1,\"properties\":{\"fullName\":{\"type\":\"string\",\"minLength\":1},\"status\":{\"type\":\"string\",\"minLength\":1},\"email\":{\"type\":[\"string\",\"null\"],\"format\":\"email\"},\"phone\":{\"type\":[\"string\",\"null\"]},\"summary\":{\"type\":[\"string\",\"null\"]}}},\"CandidateStepStatus\":{\"type\":\"string\"},\"CandidateStep\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"roleId\":{\"type\":\"string\"},\"roleStepId\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"order\":{\"type\":\"integer\"},\"stepType\":{\"$ref\":\"#/components/schemas/StepType\"},\"status\":{\"$ref\":\"#/components/schemas/CandidateStepStatus\"},\"startedAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"},\"completedAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"},\"validatedAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"},\"rejectedAt\":{\"type\":[\"string\",\"null\"],\"format\":\"date-time\"},\"validationScore\":{\"type\":[\"integer\",\"null\"]},\"rejectionReason\":{\"type\":[\"string\",\"null\"]},\"offerResponse\":{\"type\":[\"string\",\"null\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"id\",\"roleId\",\"roleStepId\",\"name\",\"order\",\"stepType\",\"status\",\"startedAt\",\"completedAt\",\"validatedAt\",\"rejectedAt\",\"validationScore\",\"rejectionReason\",\"offerResponse\",\"createdAt\",\"updatedAt\"]},\"CandidateStepList\":{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/CandidateStep\"}}},\"required\":[\"data\"]},\"Role\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"organizationId\":{\"type\":\"string\"},\"status\":{\"type\":\"string\"},\"priority\":{\"type\":[\"string\",\"null\"]},\"isPublic\":{\"type\":\"boolean\"},\"department\":{\"type\":[\"string\",\"null\"]},\"location\":{\"type\":[\"string\",\"null\"]},\"workType\":{\"type\":[\"string\",\"null\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"]},\"salaryMax\":{\"type\":[\"integer\",\"null\"]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"]},\"salaryPeriod\":{\"type\":[\"string\",\"null\"]},\"targetHireCount\":{\"type\":[\"integer\",\"null\"]},\"roleLevel\":{\"type\":[\"string\",\"null\"]},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"id\",\"name\",\"organizationId\",\"status\",\"priority\",\"isPublic\",\"department\",\"location\",\"workType\",\"salaryMin\",\"salaryMax\",\"salaryCurrency\",\"salaryPeriod\",\"targetHireCount\",\"roleLevel\",\"createdAt\",\"updatedAt\"]},\"RoleList\":{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Role\"}},\"pagination\":{\"$ref\":\"#/components/schemas/OffsetPagination\"}},\"required\":[\"data\",\"pagination\"]},\"RoleUpdate\":{\"type\":\"object\",\"minProperties\":1,\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1},\"status\":{\"type\":\"string\",\"minLength\":1},\"priority\":{\"type\":[\"string\",\"null\"]},\"department\":{\"type\":[\"string\",\"null\"]},\"location\":{\"type\":[\"string\",\"null\"]},\"workType\":{\"type\":[\"string\",\"null\"]},\"salaryMin\":{\"type\":[\"integer\",\"null\"]},\"salaryMax\":{\"type\":[\"integer\",\"null\"]},\"salaryCurrency\":{\"type\":[\"string\",\"null\"]},\"salaryPeriod\":{\"type\":[\"string\",\"null\"]},\"targetHireCount\":{\"type\":[\"integer\",\"null\"]},\"roleLevel\":{\"type\":[\"string\",\"null\"]},\"isPublic\":{\"type\":\"boolean\"}}},\"ValidationType\":{\"type\":\"string\"},\"RoleStep\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"roleId\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"description\":{\"type\":[\"string\",\"null\"]},\"order\":{\"type\":\"integer\"},\"stepType\":{\"$ref\":\"#/components/schemas/StepType\"},\"validationType\":{\"$ref\":\"#/components/schemas/ValidationType\"},\"passingScore\":{\"type\":[\"integer\",\"null\"]},\"isRequired\":{\"type\":\"boolean\"},\"allowSkip\":{\"type\":\"boolean\"},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"id\",\"roleId\",\"name\",\"description\",\"order\",\"stepType\",\"validationType\",\"passingScore\",\"isRequired\",\"allowSkip\",\"createdAt\",\"updatedAt\"]},\"RoleStepList\":{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/RoleStep\"}}},\"required\":[\"data\"]},\"Test\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"type\":{\"type\":\"string\"},\"description\":{\"type\":\"string\"},\"duration\":{\"type\":\"integer\"},\"targetPersona\":{\"type\":[\"string\",\"null\"]},\"analysisCategory\":{\"type\":\"string\"},\"language\":{\"type\":\"string\"},\"isPublic\":{\"type\":\"boolean\"},\"organizationIds\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"id\",\"name\",\"type\",\"description\",\"duration\",\"targetPersona\",\"analysisCategory\",\"language\",\"isPublic\",\"organizationIds\",\"createdAt\",\"updatedAt\"]},\"TestList\":{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Test\"}},\"pagination\":{\"$ref\":\"#/components/schemas/OffsetPagination\"}},\"required\":[\"data\",\"pagination\"]},\"TestUpdate\":{\"type\":\"object\",\"minProperties\":1,\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1},\"description\":{\"type\":\"string\"},\"analysisCategory\":{\"type\":\"string\"},\"language\":{\"type\":\"string\"},\"type\":{\"type\":\"string\"},\"targetPersona\":{\"type\":[\"string\",\"null\"]},\"duration\":{\"type\":\"integer\"}}},\"PotentialCandidateOrganization\":{\"type\":\"object\",\"properties\":{\"organizationId\":{\"type\":\"string\"},\"status\":{\"type\":\"string\"}},\"required\":[\"organizationId\",\"status\"]},\"PotentialCandidateRole\":{\"type\":\"object\",\"properties\":{\"roleId\":{\"type\":\"string\"},\"roleName\":{\"type\":\"string\"},\"organizationId\":{\"type\":\"string\"},\"status\":{\"type\":\"string\"},\"resumeFitScore\":{\"type\":\"integer\",\"maximum\":100,\"minimum\":-1},\"overallFitScore\":{\"type\":\"integer\",\"maximum\":100,\"minimum\":-1}},\"required\":[\"roleId\",\"roleName\",\"organizationId\",\"status\",\"resumeFitScore\",\"overallFitScore\"]},\"PotentialCandidate\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"fullName\":{\"type\":\"string\"},\"email\":{\"type\":[\"string\",\"null\"]},\"contactEmail\":{\"type\":[\"string\",\"null\"]},\"phone\":{\"type\":[\"string\",\"null\"]},\"status\":{\"type\":\"string\"},\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"summary\":{\"type\":[\"string\",\"null\"]},\"candidateId\":{\"type\":[\"string\",\"null\"]},\"organizations\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/PotentialCandidateOrganization\"}},\"roles\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/PotentialCandidateRole\"}},\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},\"updatedAt\":{\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"id\",\"fullName\",\"email\",\"contactEmail\",\"phone\",\"status\",\"skills\",\"summary\",\"candidateId\",\"organizations\",\"roles\",\"createdAt\",\"updatedAt\"]},\"PotentialCandidateList\":{\"type\":\"object\",\"properties\":{\"data\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/PotentialCandidate\"}},\"pagination\":{\"$ref\":\"#/components/schemas/OffsetPagination\"}},\"required\":[\"data\",\"pagination\"]},\"PotentialCandidateCreate\":{\"type\":\"object\",\"properties\":{\"fullName\":{\"type\":\"string\",\"minLength\":1},\"organizationId\":{\"type\":\"string\",\"minLength\":1},\"email\":{\"type\":\"string\",\"format\":\"email\"},\"contactEmail\":{\"type\":\"string\",\"format\":\"email\"},\"phone\":{\"type\":\"string\"},\"summary\":{\"type\":\"string\"},\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"status\":{\"type\":\"string\",\"default\":\"uploaded\",\"minLength\":1}},\"required\":[\"fullName\",\"organizationId\"]},\"PotentialCandidateUpdate\":{\"type\":\"object\",\"minProperties\":1,\"properties\":{\"fullName\":{\"type\":\"string\",\"minLength\":1},\"status\":{\"type\":\"string\",\"minLength\":1},\"email\":{\"type\":[\"string\",\"null\"],\"format\":\"email\"},\"contactEmail\":{\"type\":[\"string\",\"null\"],\"format\":\"email\"},\"phone\":{\"type\":[\"string\",\"null\"]},\"summary\":{\"type\":[\"string\",\"null\"]},\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}},\"CvScreeningBatch\":{\"type\":\"object\",\"properties\":{\"batchId\":{\"type\":\"string\"},\"status\":{\"type\":\"string\"},\"totalCandidates\":{\"type\":\"integer\",\"minimum\":0},\"completedCandidates\":{\"type\":\"integer\",\"minimum\":0},\"processingCandidates\":{\"type\":\"integer\",\"minimum\":0},\"data\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/PotentialCandidate\"}},\"pagination\":{\"$ref\":\"#/components/schemas/OffsetPagination\"}},\"required\":[\"batchId\",\"status\",\"totalCandidates\",\"completedCandidates\",\"processingCandidates\",\"data\",\"pagination\"]}}},\"operations\":{\"listApiKeys\":{\"parameters\":[]},\"createApiKey\":{\"parameters\":[],\"body\":{\"$ref\":\"#/components/schemas/CreateApiKeyRequest\"}},\"getApiKeyUsage\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"limit\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":500,\"default\":100}},{\"name\":\"before\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\",\"format\":\"date-time\"}}]},\"revokeApiKey\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"getCareerPortal\":{\"parameters\":[{\"name\":\"orgSlug\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"getPublicJob\":{\"parameters\":[{\"name\":\"orgSlug\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"roleId\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"applyToPublicJob\":{\"parameters\":[{\"name\":\"orgSlug\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"body\":{\"$ref\":\"#/components/schemas/ApplyToPublicJobRequest\"}},\"getMe\":{\"parameters\":[]},\"listCandidates\":{\"parameters\":[{\"name\":\"page\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":0,\"default\":0}},{\"name\":\"pageSize\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20}},{\"name\":\"roleId\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\"}}]},\"getCandidate\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"updateCandidate\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"body\":{\"$ref\":\"#/components/schemas/CandidateUpdate\"}},\"getCandidateSteps\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"listRoles\":{\"parameters\":[{\"name\":\"page\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":0,\"default\":0}},{\"name\":\"pageSize\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20}},{\"name\":\"organizationId\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\"}},{\"name\":\"status\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\"}}]},\"getRole\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"updateRole\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"body\":{\"$ref\":\"#/components/schemas/RoleUpdate\"}},\"getRoleSteps\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"listTests\":{\"parameters\":[{\"name\":\"page\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":0,\"default\":0}},{\"name\":\"pageSize\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20}},{\"name\":\"type\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\"}},{\"name\":\"analysisCategory\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\"}},{\"name\":\"language\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\"}}]},\"getTest\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"updateTest\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"body\":{\"$ref\":\"#/components/schemas/TestUpdate\"}},\"listPotentialCandidates\":{\"parameters\":[{\"name\":\"page\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":0,\"default\":0}},{\"name\":\"pageSize\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20}},{\"name\":\"roleId\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\"}},{\"name\":\"status\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\"}}]},\"createPotentialCandidate\":{\"parameters\":[],\"body\":{\"$ref\":\"#/components/schemas/PotentialCandidateCreate\"}},\"getPotentialCandidate\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"deletePotentialCandidate\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]},\"updatePotentialCandidate\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"body\":{\"$ref\":\"#/components/schemas/PotentialCandidateUpdate\"}},\"getCvScreeningBatch\":{\"parameters\":[{\"name\":\"batchId\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"page\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":0,\"default\":0}},{\"name\":\"pageSize\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20}}]}}}";
