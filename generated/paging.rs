impl crate::pagination::PagedRequest for crate::builder::GetApiKeyUsage<'_> {
    type Item = crate::types::ApiKeyUsageEntry;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        crate::pagination::ListSpec::find("getApiKeyUsage")
            .expect("every paginated operation is a list")
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::cursor(&self.before);
        preset.page_size = crate::pagination::Preset::size(&self.limit);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.limit(query.page_size);
        match query.before {
            ::std::option::Option::Some(before) => request.before(before),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::ApiKeyUsageResponse = self
            .send()
            .await?
            .into_inner();
        let body = response.data;
        let info = crate::pagination::PageInfo::cursor(&body.pagination);
        Ok(crate::pagination::Page::new(body.rows, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::Some((item.timestamp, item.id.as_str()))
    }
}
impl crate::pagination::PagedRequest for crate::builder::ListCandidates<'_> {
    type Item = crate::types::Candidate;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        crate::pagination::ListSpec::find("listCandidates")
            .expect("every paginated operation is a list")
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::CandidateList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
impl crate::pagination::PagedRequest for crate::builder::ListRoles<'_> {
    type Item = crate::types::Role;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        crate::pagination::ListSpec::find("listRoles")
            .expect("every paginated operation is a list")
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::RoleList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
impl crate::pagination::PagedRequest for crate::builder::ListTests<'_> {
    type Item = crate::types::Test;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        crate::pagination::ListSpec::find("listTests")
            .expect("every paginated operation is a list")
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::TestList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
impl crate::pagination::PagedRequest for crate::builder::ListPotentialCandidates<'_> {
    type Item = crate::types::PotentialCandidate;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        crate::pagination::ListSpec::find("listPotentialCandidates")
            .expect("every paginated operation is a list")
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::PotentialCandidateList = self
            .send()
            .await?
            .into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
impl crate::pagination::PagedRequest for crate::builder::GetCvScreeningBatch<'_> {
    type Item = crate::types::PotentialCandidate;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        crate::pagination::ListSpec::find("getCvScreeningBatch")
            .expect("every paginated operation is a list")
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::CvScreeningBatch = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
